package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS318UnknownStageReferenceTest extends RuleSpec {
    DS318UnknownStageReferenceTest() {
        super(new DS318UnknownStageReference());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY --from=builder /app /app");
    }

    static Stream<String> passes() {
        return Stream.of(
                "FROM alpine:3.20 AS builder\nFROM alpine:3.20\nCOPY --from=builder /a /a",
                "COPY --from=nginx:1.27 /etc/nginx /etc/nginx",
                "FROM alpine:3.20\nFROM alpine:3.20\nCOPY --from=0 /a /a");
    }
}
