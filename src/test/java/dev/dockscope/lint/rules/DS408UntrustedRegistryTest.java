package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS408UntrustedRegistryTest extends ContextRuleSpec {
    DS408UntrustedRegistryTest() {
        super(new DS408UntrustedRegistry());
    }

    static Stream<String> catches() {
        return Stream.of(
                "@config: trustedRegistries: [trusted.example]\nFROM trusted.example/a:1\nCOPY --from=untrusted.example/b:1 /x /x",
                "@config: trustedRegistries: [trusted.example]\nFROM trusted.example/a:1\nRUN --mount=type=bind,from=untrusted.example/b:1,target=/b true",
                "@config: trustedRegistries: [registry.corp.example]\nFROM ubuntu:24.04",
                "@config: trustedRegistries: [docker.io]\nFROM ghcr.io/org/app:1");
    }

    static Stream<String> passes() {
        return Stream.of(
                "@config: trustedRegistries: [\"*\"]\nFROM ghcr.io/org/app:1",
                "@config: trustedRegistries: [registry.corp.example]\nFROM registry.corp.example/base/ubuntu:24.04",
                "FROM ubuntu:24.04",
                "@config: trustedRegistries: [docker.io]\nFROM ubuntu:24.04");
    }
}
