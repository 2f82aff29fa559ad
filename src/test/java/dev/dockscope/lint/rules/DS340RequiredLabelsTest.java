package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS340RequiredLabelsTest extends ContextRuleSpec {
    DS340RequiredLabelsTest() {
        super(new DS340RequiredLabels());
    }

    static Stream<String> catches() {
        return Stream.of(
                "@config: labelSchema:|  org.opencontainers.image.source: url\nRUN true",
                "@config: labelSchema:|  org.opencontainers.image.version: semver\nLABEL org.opencontainers.image.version=latest");
    }

    static Stream<String> passes() {
        return Stream.of(
                "@config: labelSchema:|  org.opencontainers.image.source: url\nLABEL org.opencontainers.image.source=https://github.com/o/r",
                "RUN true");
    }
}
