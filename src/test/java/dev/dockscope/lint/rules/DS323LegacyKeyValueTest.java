package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS323LegacyKeyValueTest extends RuleSpec {
    DS323LegacyKeyValueTest() {
        super(new DS323LegacyKeyValue());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ENV PATH /opt/bin",
                "LABEL maintainer me");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ENV PATH=/opt/bin",
                "LABEL a=b c=\"d e\"");
    }
}
