package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS412SshExposedTest extends RuleSpec {
    DS412SshExposedTest() {
        super(new DS412SshExposed());
    }

    static Stream<String> catches() {
        return Stream.of(
                "EXPOSE 22",
                "EXPOSE 80 22/tcp");
    }

    static Stream<String> passes() {
        return Stream.of(
                "EXPOSE 2222",
                "EXPOSE 80");
    }
}
