package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS333CopyIgnoredFileTest extends ContextRuleSpec {
    DS333CopyIgnoredFileTest() {
        super(new DS333CopyIgnoredFile());
    }

    static Stream<String> catches() {
        return Stream.of(
                "@.dockerignore: secrets\nCOPY secrets/app.key /app/",
                "@.dockerignore: *.md\nCOPY README.md /app/",
                "@.dockerignore: docs/**\nCOPY docs/guide/a.md /d/");
    }

    static Stream<String> passes() {
        return Stream.of(
                "@.dockerignore: *.md|!README.md\nCOPY README.md /app/",
                "@.dockerignore: .git\nCOPY . .",
                "COPY README.md /app/");
    }
}
