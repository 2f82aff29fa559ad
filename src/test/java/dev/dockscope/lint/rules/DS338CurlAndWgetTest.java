package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS338CurlAndWgetTest extends RuleSpec {
    DS338CurlAndWgetTest() {
        super(new DS338CurlAndWget());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN curl -o /a https://e.x/a\nRUN wget https://e.x/b");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN curl -o /a https://e.x/a",
                "FROM alpine:3.20 AS a\nRUN curl x\nFROM alpine:3.20\nRUN wget y");
    }
}
