package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS309CdInsteadOfWorkdirTest extends RuleSpec {
    DS309CdInsteadOfWorkdirTest() {
        super(new DS309CdInsteadOfWorkdir());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN cd /app && make");
    }

    static Stream<String> passes() {
        return Stream.of(
                "WORKDIR /app\nRUN make",
                "RUN make && cd build && make install");
    }
}
