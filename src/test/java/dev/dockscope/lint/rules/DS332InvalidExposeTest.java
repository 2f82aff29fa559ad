package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS332InvalidExposeTest extends RuleSpec {
    DS332InvalidExposeTest() {
        super(new DS332InvalidExpose());
    }

    static Stream<String> catches() {
        return Stream.of(
                "EXPOSE 8080:80",
                "EXPOSE 70000",
                "EXPOSE 0.0.0.0:80");
    }

    static Stream<String> passes() {
        return Stream.of(
                "EXPOSE 80",
                "EXPOSE 8000-8010/udp",
                "EXPOSE $PORT");
    }
}
