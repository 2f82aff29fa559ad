package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS106DockerignoreIncompleteTest extends ContextRuleSpec {
    DS106DockerignoreIncompleteTest() {
        super(new DS106DockerignoreIncomplete());
    }

    static Stream<String> catches() {
        return Stream.of(
                "@.dockerignore: *.md\nCOPY . .",
                "@.dockerignore: .git\n@dir: node_modules\nCOPY . .",
                "@.dockerignore: .git|node_modules|!node_modules/keep\nCOPY . .\nRUN mvn package");
    }

    static Stream<String> passes() {
        return Stream.of(
                "@.dockerignore: .git\nCOPY . .",
                "@.dockerignore: **/.git|node_modules\n@dir: node_modules\nCOPY . .\nRUN npm ci",
                "@.dockerignore: *.md\nCOPY src /src",
                "@.dockerignore: .git/|target/\nCOPY . .\nRUN mvn package");
    }
}
