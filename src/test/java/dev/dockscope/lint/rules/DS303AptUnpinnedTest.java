package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS303AptUnpinnedTest extends RuleSpec {
    DS303AptUnpinnedTest() {
        super(new DS303AptUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apt-get install -y curl",
                "RUN apt-get install -y curl=8.5.0-1 git");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get install -y curl=8.5.0-1",
                "RUN apt-get install -y ./local.deb");
    }
}
