package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS311AddInsteadOfCopyTest extends RuleSpec {
    DS311AddInsteadOfCopyTest() {
        super(new DS311AddInsteadOfCopy());
    }

    static Stream<String> catches() {
        return Stream.of(
                "ADD app.py /app/",
                "ADD . /app");
    }

    static Stream<String> passes() {
        return Stream.of(
                "COPY app.py /app/",
                "ADD https://e.x/a.tgz /tmp/",
                "ADD rootfs.tar.gz /");
    }
}
