package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS315MultipleHealthcheckTest extends RuleSpec {
    DS315MultipleHealthcheckTest() {
        super(new DS315MultipleHealthcheck());
    }

    static Stream<String> catches() {
        return Stream.of(
                "HEALTHCHECK CMD true\nHEALTHCHECK CMD false");
    }

    static Stream<String> passes() {
        return Stream.of(
                "HEALTHCHECK CMD true");
    }
}
