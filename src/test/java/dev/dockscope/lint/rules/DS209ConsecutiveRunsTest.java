package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS209ConsecutiveRunsTest extends RuleSpec {
    DS209ConsecutiveRunsTest() {
        super(new DS209ConsecutiveRuns());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN a\nRUN b\nRUN c");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN a\nRUN b",
                "RUN a\nRUN b\nCOPY x /x\nRUN c");
    }
}
