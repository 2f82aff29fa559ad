package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS341UnusedStageTest extends RuleSpec {
    DS341UnusedStageTest() {
        super(new DS341UnusedStage());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM alpine:3.20 AS old\nRUN make\nFROM alpine:3.20\nRUN true");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS b\nFROM alpine:3.20\nCOPY --from=b /a /a",
                "FROM alpine:3.20 AS b\nFROM b",
                "FROM alpine:3.20 AS b\nFROM alpine:3.20\nRUN --mount=type=bind,from=b,target=/x true");
    }
}
