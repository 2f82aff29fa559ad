package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS313MultipleCmdTest extends RuleSpec {
    DS313MultipleCmdTest() {
        super(new DS313MultipleCmd());
    }

    static Stream<String> catches() {
        return Stream.of(
                "CMD [\"a\"]\nCMD [\"b\"]");
    }

    static Stream<String> passes() {
        return Stream.of(
                "CMD [\"a\"]",
                "FROM alpine:3.20 AS a\nCMD [\"a\"]\nFROM alpine:3.20\nCMD [\"b\"]");
    }
}
