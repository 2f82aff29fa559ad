package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS002MalformedInstructionTest extends RuleSpec {
    DS002MalformedInstructionTest() {
        super(new DS002MalformedInstruction());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20\nCOPY app.jar",
                "FROM",
                "FROM alpine:3.20 builder",
                "FROM alpine:3.20\nWORKDIR");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS build",
                "FROM alpine:3.20\nCOPY a /a",
                "FROM alpine:3.20\nCOPY <<EOF /etc/x\nhi\nEOF");
    }
}
