package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS308RpmUnpinnedTest extends RuleSpec {
    DS308RpmUnpinnedTest() {
        super(new DS308RpmUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM fedora:40\nRUN dnf install -y httpd");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM fedora:40\nRUN dnf install -y httpd-2.4.57",
                "FROM fedora:40\nRUN dnf install -y ./x.rpm");
    }
}
