package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS322MaintainerTest extends RuleSpec {
    DS322MaintainerTest() {
        super(new DS322Maintainer());
    }

    static Stream<String> catches() {
        return Stream.of(
                "MAINTAINER me <me@example.com>");
    }

    static Stream<String> passes() {
        return Stream.of(
                "LABEL org.opencontainers.image.authors=\"me\"");
    }
}
