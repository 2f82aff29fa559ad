package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS208BuildToolsInFinalStageTest extends RuleSpec {
    DS208BuildToolsInFinalStageTest() {
        super(new DS208BuildToolsInFinalStage());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM golang:1.23\nRUN go build -o /app .",
                "FROM debian:12\nRUN apt-get install -y gcc make",
                "FROM alpine:3.20\nRUN apk add --no-cache build-base");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app",
                "FROM debian:12\nRUN apt-get install -y curl");
    }
}
