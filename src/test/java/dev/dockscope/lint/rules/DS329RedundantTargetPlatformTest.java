package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS329RedundantTargetPlatformTest extends RuleSpec {
    DS329RedundantTargetPlatformTest() {
        super(new DS329RedundantTargetPlatform());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM --platform=$TARGETPLATFORM alpine:3.20",
                "FROM --platform=${TARGETPLATFORM} alpine:3.20");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM --platform=$BUILDPLATFORM alpine:3.20",
                "FROM alpine:3.20");
    }
}
