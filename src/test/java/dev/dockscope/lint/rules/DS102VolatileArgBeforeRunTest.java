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
                "ARG APP_BUILD_INFO=$APP_BUILD_INFO\nRUN go get",
                // an ENV reaches the stages built FROM its stage through others: the first such stage with an
                // expensive RUN, in file order, past unrelated ones and past one whose RUN uses the value
                "FROM debian:12 AS a\nENV BUILD_DATE=1\nFROM a AS b\nFROM debian:12 AS c\nRUN apt-get install -y curl\n"
                        + "FROM b AS d\nRUN npm ci",
                "FROM debian:12 AS a\nENV BUILD_DATE=1\nFROM a AS b\nRUN echo $BUILD_DATE && npm ci\n"
                        + "FROM b AS d\nRUN apt-get install -y curl");
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
                "ARG GIT_SHA\nLABEL rev=$GIT_SHA",
                // the only expensive RUNs after it are in stages not built FROM the ENV's stage
                "FROM debian:12 AS a\nENV BUILD_DATE=1\nFROM a AS b\nFROM debian:12 AS c\nRUN apt-get install -y curl\n"
                        + "FROM c AS d\nRUN npm ci",
                // nor through a stage that is built FROM a later one (no such chain reaches back)
                "FROM debian:12 AS a\nENV BUILD_DATE=1\nRUN echo $BUILD_DATE\nFROM debian:12 AS c\nRUN npm ci");
    }
}
