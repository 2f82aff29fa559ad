package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS328InvalidDefaultArgInFromTest extends RuleSpec {
    DS328InvalidDefaultArgInFromTest() {
        super(new DS328InvalidDefaultArgInFrom());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ARG BASE\nFROM $BASE",
                "ARG TAG\nFROM alpine:${TAG}");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG BASE=alpine:3.20\nFROM $BASE",
                "ARG TAG\nFROM alpine:${TAG:-3.20}");
    }
}
