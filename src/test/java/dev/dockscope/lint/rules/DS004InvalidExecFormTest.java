package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS004InvalidExecFormTest extends RuleSpec {
    DS004InvalidExecFormTest() {
        super(new DS004InvalidExecForm());
    }

    static Stream<String> catches() {
        return Stream.of(
                "CMD [\"node\", \"server.js\"",
                "CMD ['node', 'server.js']",
                "ENTRYPOINT [\"a\" \"b\"]");
    }

    static Stream<String> passes() {
        return Stream.of(
                "CMD [\"node\", \"server.js\"]",
                "CMD node server.js",
                "RUN [ -f /x ] && echo yes || true");
    }
}
