package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS302LatestTagTest extends RuleSpec {
    DS302LatestTagTest() {
        super(new DS302LatestTag());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM ubuntu:latest",
                "FROM ghcr.io/org/app:latest");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM ubuntu:24.04",
                "FROM ubuntu:latest@sha256:abc");
    }
}
