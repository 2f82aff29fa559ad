package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS324InconsistentCasingTest extends RuleSpec {
    DS324InconsistentCasingTest() {
        super(new DS324InconsistentCasing());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20\nrun echo a\nRUN echo b\nRUN echo c",
                "from alpine:3.20\nrun echo a\nCOPY a /a");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20\nRUN echo a",
                "from alpine:3.20\nrun echo a");
    }
}
