package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS404SudoTest extends RuleSpec {
    DS404SudoTest() {
        super(new DS404Sudo());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN sudo apt-get install -y curl");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get install -y curl",
                "RUN echo sudo");
    }
}
