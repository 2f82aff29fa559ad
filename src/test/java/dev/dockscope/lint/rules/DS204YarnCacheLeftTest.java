package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS204YarnCacheLeftTest extends RuleSpec {
    DS204YarnCacheLeftTest() {
        super(new DS204YarnCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN yarn install --frozen-lockfile",
                "RUN yarn");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN yarn install --frozen-lockfile && yarn cache clean",
                "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install");
    }
}
