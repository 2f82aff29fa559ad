package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS201AptListsLeftTest extends RuleSpec {
    DS201AptListsLeftTest() {
        super(new DS201AptListsLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apt-get update && apt-get install -y curl");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
                "RUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install -y curl",
                "RUN apt-get install -y ./x.deb");
    }
}
