package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS411SecretFileCopiedTest extends RuleSpec {
    DS411SecretFileCopiedTest() {
        super(new DS411SecretFileCopied());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY id_rsa /root/.ssh/id_rsa",
                "COPY .env /app/.env",
                "COPY .npmrc /root/");
    }

    static Stream<String> passes() {
        return Stream.of(
                "COPY .env.example /app/",
                "COPY --from=build /app/server.key /app/",
                "COPY src /app/src");
    }
}
