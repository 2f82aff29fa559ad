package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS107CopyAllBeforeSystemPackagesTest extends RuleSpec {
    DS107CopyAllBeforeSystemPackagesTest() {
        super(new DS107CopyAllBeforeSystemPackages());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY . .\nRUN apt-get install -y curl",
                "COPY . /src\nRUN apk add --no-cache git");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apk add --no-cache git\nCOPY . .",
                "COPY . .\nRUN make",
                "COPY go.mod .\nRUN apk add git");
    }
}
