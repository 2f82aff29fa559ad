package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS211RpmCacheLeftTest extends RuleSpec {
    DS211RpmCacheLeftTest() {
        super(new DS211RpmCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN yum clean all && yum install -y httpd",
                "RUN dnf -y upgrade",
                "RUN zypper clean && zypper install -y httpd",
                "FROM fedora:40\nRUN dnf install -y httpd",
                "FROM centos:7\nRUN yum install -y httpd");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN dnf install -y httpd && rm -rf /var/cache/yum/*",
                "RUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y httpd",
                "FROM fedora:40\nRUN dnf install -y httpd && dnf clean all",
                "FROM centos:7\nRUN yum install -y httpd && yum clean all");
    }
}
