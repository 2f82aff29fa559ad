package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS314MultipleEntrypointTest extends RuleSpec {
    DS314MultipleEntrypointTest() {
        super(new DS314MultipleEntrypoint());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ENTRYPOINT [\"a\"]\nENTRYPOINT [\"b\"]");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ENTRYPOINT [\"a\"]\nCMD [\"b\"]");
    }
}
