package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS306NpmUnpinnedTest extends RuleSpec {
    DS306NpmUnpinnedTest() {
        super(new DS306NpmUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN npm install -g typescript",
                "RUN npm i express");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN npm install -g typescript@5.6.3",
                "RUN npm ci",
                "RUN npm install");
    }
}
