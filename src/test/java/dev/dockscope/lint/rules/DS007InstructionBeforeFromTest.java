package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS007InstructionBeforeFromTest extends RuleSpec {
    DS007InstructionBeforeFromTest() {
        super(new DS007InstructionBeforeFrom());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN echo hi\nFROM alpine:3.20",
                "ENV A=1\nFROM alpine:3.20");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG BASE=alpine:3.20\nFROM $BASE",
                "# comment\nFROM alpine:3.20");
    }
}
