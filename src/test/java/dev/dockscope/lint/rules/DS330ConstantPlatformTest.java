package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS330ConstantPlatformTest extends RuleSpec {
    DS330ConstantPlatformTest() {
        super(new DS330ConstantPlatform());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM --platform=linux/amd64 alpine:3.20");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM --platform=$BUILDPLATFORM alpine:3.20",
                "FROM --platform=linux/amd64 alpine:3.20 AS build-amd64",
                "FROM alpine:3.20");
    }
}
