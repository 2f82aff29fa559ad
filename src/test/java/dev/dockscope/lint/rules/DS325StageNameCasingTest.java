package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS325StageNameCasingTest extends RuleSpec {
    DS325StageNameCasingTest() {
        super(new DS325StageNameCasing());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20 AS Build");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS build",
                "FROM alpine:3.20");
    }
}
