package dev.dockscope.lint.rules;

import java.util.stream.Stream;

class DS321PipeWithoutPipefailTest extends RuleSpec {
    DS321PipeWithoutPipefailTest() {
        super(new DS321PipeWithoutPipefail());
    }

    static Stream<String> catches() {
        return Stream.of(
                "RUN curl -fsSL https://e.x/a.tgz | tar xz",
                "RUN wget -qO- https://e.x | sh");
    }

    static Stream<String> passes() {
        return Stream.of(
                "SHELL [\"pwsh\", \"-c\"]\nRUN Get-Variable PSVersionTable | Select-Object -ExpandProperty Value",
                "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://e.x/a.tgz | tar xz",
                "RUN set -o pipefail && curl x | tar xz",
                "RUN echo a || echo b");
    }
}
