package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS312ShellFormCmdTest extends RuleSpec {
    DS312ShellFormCmdTest() {
        super(new DS312ShellFormCmd());
    }

    static Stream<String> catches() {
        return Stream.of(
                "CMD node server.js",
                "ENTRYPOINT /docker-entrypoint.sh");
    }

    static Stream<String> passes() {
        return Stream.of(
                "CMD [\"node\", \"server.js\"]",
                "ENTRYPOINT [\"/docker-entrypoint.sh\"]",
                "CMD exec node server.js");
    }
}
