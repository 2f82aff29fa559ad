package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS334AptGetUpgradeTest extends RuleSpec {
    DS334AptGetUpgradeTest() {
        super(new DS334AptGetUpgrade());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apt-get update && apt-get upgrade -y",
                "RUN apk upgrade");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get update && apt-get install -y curl");
    }
}
