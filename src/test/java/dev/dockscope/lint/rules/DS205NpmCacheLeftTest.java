package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS205NpmCacheLeftTest extends RuleSpec {
    DS205NpmCacheLeftTest() {
        super(new DS205NpmCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN npm ci",
                "FROM node:22 AS b\nRUN npm ci\nFROM node:22-slim\nRUN npm install",
                "RUN echo \"//registry.npmjs.org/:_authToken=x\" > .npmrc && npm install",
                "RUN npm update -g pnpm");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN npm ci && npm cache clean --force",
                "FROM node:22 AS b\nRUN npm ci\nFROM node:22-slim\nCOPY --from=b /app /app",
                "RUN --mount=type=cache,target=/root/.npm npm ci",
                "RUN npm ci && rm -rf /root/.npm/_cacache");
    }
}
