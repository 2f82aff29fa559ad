package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS335CopyDestNeedsSlashTest extends RuleSpec {
    DS335CopyDestNeedsSlashTest() {
        super(new DS335CopyDestNeedsSlash());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY a.txt b.txt /app",
                "ADD a b /opt");
    }

    static Stream<String> passes() {
        return Stream.of(
                "COPY a.txt b.txt /app/",
                "COPY a.txt /app");
    }
}
