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
                "FROM python:3.4\nRUN curl -sL https://deb.nodesource.com/setup_0.12 | bash -\nRUN apt-get install -y nodejs",
                // the update two stages up the FROM chain, with a stage of other RUNs between
                "FROM debian:12 AS a\nRUN apt-get update\nFROM a AS b\nRUN echo b\nFROM b\nRUN apt-get install -y git",
                "RUN apt-get update\nONBUILD RUN apt-get install -y git",
                "RUN apt-get update\nRUN rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y git");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y git",
                "FROM debian:12 AS base\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM base\nRUN apt-get update && apt-get install -y git",
                "RUN apt-get update && apt-get install -y curl",
                "RUN apt-get update && apt-get upgrade -y",
                // an update in a stage the install is not built FROM, and lists removed in between
                "FROM debian:12 AS a\nRUN apt-get update && apt-get install -y curl\nFROM debian:12\nRUN apt-get install -y git",
                "RUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\nRUN apt-get install -y git");
    }
}
