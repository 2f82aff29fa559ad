package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS202ApkCacheLeftTest extends RuleSpec {
    DS202ApkCacheLeftTest() {
        super(new DS202ApkCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ONBUILD RUN apk add curl",
                "RUN apk add git",
                "RUN apk update && apk add curl",
                "RUN apk update",
                "RUN apk --update upgrade");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN --mount=type=tmpfs,target=/var/cache/apk apk add curl",
                "FROM alpine:3.20 AS build\nRUN apk add gcc\nFROM scratch\nCOPY --from=build /out /out",
                "RUN apk add --no-cache git",
                "RUN apk add git && rm -rf /var/cache/apk/*",
                "RUN apk add --no-network --virtual .rundeps $deps",
                "RUN apk update && apk add git && rm -rf /var/cache/apk/*");
    }
}
