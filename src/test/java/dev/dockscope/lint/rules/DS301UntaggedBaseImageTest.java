package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS301UntaggedBaseImageTest extends RuleSpec {
    DS301UntaggedBaseImageTest() {
        super(new DS301UntaggedBaseImage());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM ubuntu",
                "ARG BASE=ubuntu\nFROM $BASE");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM ubuntu:24.04",
                "FROM ubuntu@sha256:abcdef",
                "FROM scratch",
                "FROM alpine:3.20 AS b\nFROM b",
                "FROM localhost:5000/app:1",
                "ARG BUILD_ENV=git\nFROM node:22 AS build_git\nRUN true\nFROM build_${BUILD_ENV} AS production\nRUN true");
    }
}
