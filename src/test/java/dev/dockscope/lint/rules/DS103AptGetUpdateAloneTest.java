package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS103AptGetUpdateAloneTest extends RuleSpec {
    DS103AptGetUpdateAloneTest() {
        super(new DS103AptGetUpdateAlone());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apt-get update\nRUN xargs -r apt-get install -y < pkgs.txt",
                "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl\nFROM base\nRUN apt-get install -y git",
                "RUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git",
                "RUN apt-get update",
                "RUN apt-get update\nRUN apt-get install -y curl",
                "RUN sudo apt-get update -q",
                "FROM python:3.4\nRUN curl -sL https://deb.nodesource.com/setup_0.12 | bash -\nRUN apt-get install -y nodejs");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y git",
                "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM base\nRUN apt-get update && apt-get install -y git",
                "RUN apt-get update && apt-get install -y curl",
                "RUN apt-get update && apt-get upgrade -y");
    }
}
