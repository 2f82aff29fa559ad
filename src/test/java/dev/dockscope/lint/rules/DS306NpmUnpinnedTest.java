package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS306NpmUnpinnedTest extends RuleSpec {
    DS306NpmUnpinnedTest() {
        super(new DS306NpmUnpinned());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN npm install git+https://github.com/npm/npm.git",
                "RUN npm install -g typescript",
                "RUN npm i express");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN npm install pkg-1.2.3.tar.gz",
                "RUN npm install ~/folder",
                "RUN npm install --loglevel verbose sax@0.1.1",
                "RUN npm install git+https://github.com/npm/npm.git#v1.0.27",
                "RUN npm install -g typescript@5.6.3",
                "RUN npm ci",
                "RUN npm install");
    }
}
