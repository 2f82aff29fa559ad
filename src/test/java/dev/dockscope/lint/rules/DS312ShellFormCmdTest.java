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

    @org.junit.jupiter.api.Test
    void fixIsTheExecFormOfThisLine() {
        var f = lint("ENTRYPOINT python -m app --port 8000").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(f.fix().contains("ENTRYPOINT [\"python\", \"-m\", \"app\", \"--port\", \"8000\"]"), f.fix());
        org.junit.jupiter.api.Assertions.assertFalse(f.fix().contains("node"), f.fix());
        var g = lint("CMD gunicorn app:app --bind 0.0.0.0:$PORT").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(g.fix().contains("CMD exec gunicorn"), g.fix());
    }
}
