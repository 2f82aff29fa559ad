package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS003UnterminatedHeredocTest extends RuleSpec {
    DS003UnterminatedHeredocTest() {
        super(new DS003UnterminatedHeredoc());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN <<EOF\necho hi",
                "COPY <<EOF /etc/motd\nhello\nEO");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN <<EOF\necho hi\nEOF",
                "RUN <<-EOF\n\techo hi\n\tEOF",
                "RUN cat <<'END' > /x\n$HOME\nEND");
    }
}
