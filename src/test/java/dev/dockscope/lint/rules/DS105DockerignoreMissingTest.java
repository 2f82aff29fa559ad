package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS105DockerignoreMissingTest extends ContextRuleSpec {
    DS105DockerignoreMissingTest() {
        super(new DS105DockerignoreMissing());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY . .",
                "ADD . /app");
    }

    static Stream<String> passes() {
        return Stream.of(
                "@.dockerignore: .git\nCOPY . .",
                "COPY src/ /app/src/");
    }
}
