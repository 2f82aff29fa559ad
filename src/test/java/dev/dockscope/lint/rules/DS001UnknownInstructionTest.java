package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS001UnknownInstructionTest extends RuleSpec {
    DS001UnknownInstructionTest() {
        super(new DS001UnknownInstruction());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FORM alpine",
                "FROM alpine:3.20\nRUNN echo hi",
                "FROM alpine:3.20\nRUN echo a\napk add git");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20\nRUN echo hi",
                "FROM alpine:3.20\nrun echo hi");
    }
}
