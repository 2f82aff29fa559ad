package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS308RpmUnpinnedTest extends RuleSpec {
    DS308RpmUnpinnedTest() {
        super(new DS308RpmUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN yum module install -y nodejs && yum clean all",
                "FROM fedora:40 AS a\nENV v=1.2\nFROM fedora:40\nRUN dnf -y install git-core-${v}",
                "FROM fedora:40\nRUN dnf install -y httpd");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG v=2.51.0\nRUN dnf -y install git-core-${v} && dnf clean all",
                "RUN zypper install -y 'tomcat>9.0' && zypper clean",
                "FROM fedora:40\nRUN dnf install -y httpd-2.4.57",
                "FROM fedora:40\nRUN dnf install -y ./x.rpm");
    }
}
