package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS336AptInsteadOfAptGetTest extends RuleSpec {
    DS336AptInsteadOfAptGetTest() {
        super(new DS336AptInsteadOfAptGet());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apt install -y curl",
                "RUN apt update");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get install -y curl");
    }
}
