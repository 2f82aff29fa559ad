package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS331ExposeProtoCasingTest extends RuleSpec {
    DS331ExposeProtoCasingTest() {
        super(new DS331ExposeProtoCasing());
    }

    static Stream<String> catches() {
        return Stream.of(
                "EXPOSE 80/TCP",
                "EXPOSE 53/Udp");
    }

    static Stream<String> passes() {
        return Stream.of(
                "EXPOSE 80/tcp",
                "EXPOSE 80");
    }
}
