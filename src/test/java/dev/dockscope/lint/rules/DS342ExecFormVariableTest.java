package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS342ExecFormVariableTest extends RuleSpec {
    DS342ExecFormVariableTest() {
        super(new DS342ExecFormVariable());
    }

    static Stream<String> catches() {
        return Stream.of(
                "CMD [\"app\", \"--port\", \"$PORT\"]",
                "ENTRYPOINT [\"/bin/app\", \"${HOME}/conf\"]");
    }

    static Stream<String> passes() {
        return Stream.of(
                "CMD [\"sh\", \"-c\", \"exec app --port $PORT\"]",
                "CMD [\"app\", \"--port\", \"8080\"]");
    }
}
