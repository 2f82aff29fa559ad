package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS401LastUserRootTest extends RuleSpec {
    DS401LastUserRootTest() {
        super(new DS401LastUserRoot());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM debian:12 AS base\nUSER root\nFROM base\nRUN id",
                "USER app\nUSER root",
                "USER 0:0",
                // through a build argument whose default is root
                "ARG USER_ID=0\nUSER \"$USER_ID:$USER_ID\"");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM debian:12 AS base\nUSER root\nFROM scratch\nUSER app",
                "USER root\nRUN apk add git\nUSER app",
                "USER 1000",
                "ARG USER_ID=1000\nUSER $USER_ID:$USER_ID");
    }
}
