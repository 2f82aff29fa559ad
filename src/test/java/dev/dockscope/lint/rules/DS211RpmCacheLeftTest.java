package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS211RpmCacheLeftTest extends RuleSpec {
    DS211RpmCacheLeftTest() {
        super(new DS211RpmCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "FROM fedora:40\nRUN dnf install -y httpd",
                "FROM centos:7\nRUN yum install -y httpd");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all",
                "FROM centos:7\nRUN yum install -y httpd && yum clean all");
    }
}
