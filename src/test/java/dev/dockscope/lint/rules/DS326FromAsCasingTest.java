package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS326FromAsCasingTest extends RuleSpec {
    DS326FromAsCasingTest() {
        super(new DS326FromAsCasing());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20 as build",
                "from alpine:3.20 AS build");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS build",
                "from alpine:3.20 as build");
    }
}
