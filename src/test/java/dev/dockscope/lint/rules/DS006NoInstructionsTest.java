package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS006NoInstructionsTest extends RuleSpec {
    DS006NoInstructionsTest() {
        super(new DS006NoInstructions());
    }

    static Stream<String> catches() {
        return Stream.of(
                "",
                "# only a comment\n\n# another");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20");
    }
}
