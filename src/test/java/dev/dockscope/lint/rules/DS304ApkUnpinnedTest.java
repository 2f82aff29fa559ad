package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS304ApkUnpinnedTest extends RuleSpec {
    DS304ApkUnpinnedTest() {
        super(new DS304ApkUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN apk add --no-cache curl");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apk add --no-cache \"python3<3.13\"",
                "RUN apk add --no-cache curl=8.5.0-r0",
                "RUN apk add --no-cache --virtual .deps curl~8.5");
    }
}
