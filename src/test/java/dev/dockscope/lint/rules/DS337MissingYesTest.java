package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS337MissingYesTest extends RuleSpec {
    DS337MissingYesTest() {
        super(new DS337MissingYes());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN microdnf install httpd && microdnf clean all",
                "RUN apt-get install curl",
                "FROM fedora:40\nRUN dnf install httpd",
                "FROM opensuse/leap:15\nRUN zypper install curl");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get install -qq curl",
                "RUN apt-get install -q=2 curl",
                "RUN zypper install --no-confirm httpd",
                "RUN apt-get install -y curl",
                "RUN apt-get -qy install curl",
                "RUN apt-get install --yes curl",
                "FROM opensuse/leap:15\nRUN zypper -n install curl");
    }
}
