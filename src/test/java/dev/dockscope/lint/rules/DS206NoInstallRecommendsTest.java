package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS206NoInstallRecommendsTest extends RuleSpec {
    DS206NoInstallRecommendsTest() {
        super(new DS206NoInstallRecommends());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apt-get install -y curl");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apt-get install -y --no-install-recommends curl",
                "RUN apk add curl");
    }
}
