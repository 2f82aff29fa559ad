package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS405CurlPipeShellTest extends RuleSpec {
    DS405CurlPipeShellTest() {
        super(new DS405CurlPipeShell());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN curl -fsSL https://get.example.com | sh",
                "RUN wget -qO- https://e.x/install.sh | bash -s -- -y");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN curl -fsSLo /tmp/i.sh https://e.x/i.sh && sha256sum -c sums && sh /tmp/i.sh",
                "RUN curl -fsSL https://e.x/a.tgz | tar xz");
    }
}
