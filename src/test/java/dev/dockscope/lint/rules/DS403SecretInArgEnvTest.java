package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS403SecretInArgEnvTest extends RuleSpec {
    DS403SecretInArgEnvTest() {
        super(new DS403SecretInArgEnv());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ARG NPM_TOKEN",
                "ENV DB_PASSWORD=secret",
                "ENV AWS_SECRET_ACCESS_KEY=x",
                "ARG NEXT_PUBLIC_MAP_SECRET");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG NPM_TOKEN_FILE=/run/secrets/npm",
                "ENV APP_PORT=8080",
                "ARG AUTH_URL=https://e.x",
                "ARG SIGNING_PUBLIC_KEY=abc");
    }

    @org.junit.jupiter.api.Test
    void fixNamesTheSecretOfTheFinding() {
        var f = lint("ENV DB_PASSWORD=hunter2").get(0);
        org.junit.jupiter.api.Assertions.assertTrue(f.fix().contains("id=db_password,env=DB_PASSWORD"), f.fix());
        org.junit.jupiter.api.Assertions.assertFalse(f.fix().contains("npm"), f.fix());
    }
}
