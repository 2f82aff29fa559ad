package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS201AptListsLeftTest extends RuleSpec {
    DS201AptListsLeftTest() {
        super(new DS201AptListsLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ONBUILD RUN apt-get update && apt-get install -y curl",
                "RUN apt update && apt install -y curl",
                "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nCMD [\"sh\"]",
                "RUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl",
                "RUN apt-get update && apt-get install -y curl",
                "FROM ubuntu:24.04\nRUN apt-get update\nRUN apt-get install -y python3 && rm -rf /var/lib/apt/lists/*",
                "FROM python:3.4\nRUN curl -sL https://deb.nodesource.com/setup_0.12 | bash -");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM scratch\nCOPY --from=build /out /out",
                "RUN --mount=type=tmpfs,target=/var/lib/apt/lists apt-get update && apt-get install -y curl",
                "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
                "RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl",
                "RUN apt-get install -y ./x.deb",
                "FROM debian:13\nRUN apt-get update; apt-get install -y curl; apt-get dist-clean");
    }
}
