package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS409AddUrlWithoutChecksumTest extends RuleSpec {
    DS409AddUrlWithoutChecksumTest() {
        super(new DS409AddUrlWithoutChecksum());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ADD https://e.x/tool.tgz /tmp/");
    }

    static Stream<String> passes() {
        return Stream.of(
                "ADD --checksum=sha256:abc https://e.x/tool.tgz /tmp/",
                "ADD https://github.com/org/repo.git#v1 /src");
    }
}
