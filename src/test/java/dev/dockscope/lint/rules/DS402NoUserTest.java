package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS402NoUserTest extends RuleSpec {
    DS402NoUserTest() {
        super(new DS402NoUser());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN echo hi");
    }

    static Stream<String> passes() {
        return Stream.of(
                "USER app",
                "FROM scratch\nCOPY app /app",
                "FROM alpine:3.20 AS base\nUSER app\nFROM base\nRUN true");
    }
}
