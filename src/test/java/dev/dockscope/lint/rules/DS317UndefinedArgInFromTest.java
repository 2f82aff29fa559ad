package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS317UndefinedArgInFromTest extends RuleSpec {
    DS317UndefinedArgInFromTest() {
        super(new DS317UndefinedArgInFrom());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM node:$NODE_VERSION",
                "FROM alpine:3.20\nARG TAG=1\nFROM app:$TAG");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG NODE_VERSION=22\nFROM node:$NODE_VERSION",
                "FROM --platform=$BUILDPLATFORM alpine:3.20");
    }
}
