package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS202ApkCacheLeftTest extends RuleSpec {
    DS202ApkCacheLeftTest() {
        super(new DS202ApkCacheLeft());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apk add git",
                "RUN apk update && apk add curl");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apk add --no-cache git",
                "RUN apk add git && rm -rf /var/cache/apk/*");
    }
}
