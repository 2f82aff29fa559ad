package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS310RelativeWorkdirTest extends RuleSpec {
    DS310RelativeWorkdirTest() {
        super(new DS310RelativeWorkdir());
    }

    static Stream<String> catches() {
        return Stream.of(
                "WORKDIR app",
                "WORKDIR src/app");
    }

    static Stream<String> passes() {
        return Stream.of(
                "WORKDIR \"C:\\\\\"",
                "WORKDIR /app",
                "WORKDIR /app\nWORKDIR src",
                "WORKDIR $HOME/app");
    }
}
