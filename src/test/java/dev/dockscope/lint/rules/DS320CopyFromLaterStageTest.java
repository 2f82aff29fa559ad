package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS320CopyFromLaterStageTest extends RuleSpec {
    DS320CopyFromLaterStageTest() {
        super(new DS320CopyFromLaterStage());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b",
                "FROM alpine:3.20 AS a\nCOPY --from=a /x /y");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS a\nFROM alpine:3.20 AS b\nCOPY --from=a /x /x");
    }
}
