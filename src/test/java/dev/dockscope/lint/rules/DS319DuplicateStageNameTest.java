package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS319DuplicateStageNameTest extends RuleSpec {
    DS319DuplicateStageNameTest() {
        super(new DS319DuplicateStageName());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS Build");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS build\nFROM alpine:3.20 AS test");
    }
}
