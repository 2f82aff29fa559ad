package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS204YarnCacheLeftTest extends RuleSpec {
    DS204YarnCacheLeftTest() {
        super(new DS204YarnCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN yarn cache clean && yarn install",
                "RUN --mount=type=cache,target=/var/lib/foo yarn install",
                "RUN yarn install --frozen-lockfile",
                "RUN yarn",
                "RUN yarn workspaces focus --all --production",
                "RUN yarn --network-timeout 600000");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install",
                "FROM node:20 AS build\nRUN yarn install\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html",
                "RUN yarn install --frozen-lockfile && yarn cache clean",
                "RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install",
                "RUN curl -fsSLO https://yarnpkg.com/yarn.tgz && tar -xzf yarn.tgz && yarn --version");
    }
}
