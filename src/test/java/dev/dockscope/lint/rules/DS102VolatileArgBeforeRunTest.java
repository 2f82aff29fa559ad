package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS102VolatileArgBeforeRunTest extends RuleSpec {
    DS102VolatileArgBeforeRunTest() {
        super(new DS102VolatileArgBeforeRun());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ARG BUILD_DATE\nLABEL org.opencontainers.image.created=$BUILD_DATE\nRUN apt-get install -y curl",
                "FROM debian:12 AS base\nARG VCS_REF\nENV GIT_COMMIT=$VCS_REF\nFROM base\nRUN apt-get update && apt-get install -y curl",
                "ARG GIT_COMMIT\nRUN --mount=type=cache,target=/root/.npm npm ci",
                "ARG GIT_SHA\nRUN apk add --no-cache git",
                "ARG BUILD_DATE\nRUN apt-get install -y curl",
                "ENV VERSION=1.2.3\nRUN npm ci",
                // a cheap step that uses the value does not make the expensive one below need it
                "ARG GIT_HEAD\nRUN GIT_HEAD=$GIT_HEAD\nRUN npm i",
                "ARG APP_BUILD_INFO=$APP_BUILD_INFO\nRUN go get");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ARG GIT_SHA\nENV VERGEN_GIT_SHA=$GIT_SHA\nRUN cargo build --release",
                "FROM debian:12 AS base\nARG VCS_REF\nFROM base\nRUN apt-get update && apt-get install -y curl",
                "ARG VERSION\nRUN curl -fsSLo /app.tgz https://example.com/app-${VERSION}.tgz",
                "LABEL maintainer=me\nRUN apt-get install -y curl",
                "RUN apk add --no-cache git\nARG GIT_SHA\nLABEL rev=$GIT_SHA",
                "ARG NODE_VERSION=22\nRUN apk add nodejs",
                "ARG GIT_SHA\nRUN echo $GIT_SHA > /rev && apk add git",
                "ARG GIT_SHA\nLABEL rev=$GIT_SHA");
    }
}
