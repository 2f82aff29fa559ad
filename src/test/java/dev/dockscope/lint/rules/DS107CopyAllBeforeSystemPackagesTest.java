package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS107CopyAllBeforeSystemPackagesTest extends RuleSpec {
    DS107CopyAllBeforeSystemPackagesTest() {
        super(new DS107CopyAllBeforeSystemPackages());
    }

    static Stream<String> catches() {
        return Stream.of(
                "COPY . .\nRUN apt-get install -y curl",
                "COPY . /src\nRUN apk add --no-cache git",
                "COPY . /app\nRUN pip install gunicorn flask",
                "COPY . .\nRUN npm install -g pnpm");
    }

    static Stream<String> passes() {
        return Stream.of(
                "RUN apk add --no-cache git\nCOPY . .",
                "COPY . .\nRUN make",
                "COPY go.mod .\nRUN apk add git",
                "RUN pip install gunicorn flask\nCOPY . /app",
                "COPY . /app\nRUN pip install -r requirements.txt",
                "COPY . /app\nRUN pip install .");
    }
}
