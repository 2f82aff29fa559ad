package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS010InvalidOnbuildTest extends RuleSpec {
    DS010InvalidOnbuildTest() {
        super(new DS010InvalidOnbuild());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ONBUILD ONBUILD RUN x",
                "ONBUILD FROM alpine",
                "ONBUILD MAINTAINER me");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ONBUILD RUN make",
                "ONBUILD COPY . /app");
    }
}
