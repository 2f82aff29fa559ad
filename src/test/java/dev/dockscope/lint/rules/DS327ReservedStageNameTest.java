package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS327ReservedStageNameTest extends RuleSpec {
    DS327ReservedStageNameTest() {
        super(new DS327ReservedStageName());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20 AS scratch",
                "FROM alpine:3.20 AS context");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS build");
    }
}
