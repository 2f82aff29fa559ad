package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS009UnknownFlagTest extends RuleSpec {
    DS009UnknownFlagTest() {
        super(new DS009UnknownFlag());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY --form=build /a /b",
                "RUN --mnt=type=cache,target=/x true",
                "FROM --plattform=linux/amd64 alpine:3.20");
    }

    static Stream<String> passes() {
        return Stream.of(
                "COPY --from=0 /a /b",
                "RUN --mount=type=cache,target=/x true",
                "COPY --chown=1:1 --chmod=644 --link a /a");
    }
}
