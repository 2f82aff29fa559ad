package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS005EmptyContinuationTest extends RuleSpec {
    DS005EmptyContinuationTest() {
        super(new DS005EmptyContinuation());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apk add \\\n\n    git");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apk add \\\n    git",
                "RUN apk add \\\n# a comment\n    git");
    }
}
