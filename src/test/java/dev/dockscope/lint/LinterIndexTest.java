package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The look-ups rules share (names declared before an instruction, stages by name and base, the first expensive RUN
 * after an ARG, a stage's curl and wget) are indexed once per file instead of rescanning earlier or later
 * instructions per question. These cases pin the answers the scans gave, on the shapes the indexes shortcut: long
 * stage chains, many ARGs before many RUNs, many stages. Not timed (bench/lint/long-lines.sh measures).
 */
class LinterIndexTest {
    private static List<Finding> lint(String text, String rule) {
        var df = DockerfileParser.parse("Dockerfile", text);
        return new Linter(List.of(Rules.byId(rule).orElseThrow())).lint(new LintContext(df, null, null, Config.EMPTY),
                List.of());
    }

    @Test
    void anArgDeclaredAtTheRootOfALongStageChainIsKnownAtItsEnd() {
        StringBuilder b = new StringBuilder("FROM debian:12 AS s0\nARG CURL_VERSION=8.5\n");
        for (int k = 0; k < 300; k++) {
            b.append("FROM s").append(k).append(" AS s").append(k + 1).append('\n');
        }
        b.append("RUN apt-get install -y curl$CURL_VERSION wget$WGET_VERSION\n");
        List<Finding> f = lint(b.toString(), "DS303");
        assertEquals(1, f.size(), f.toString());
        // the declared one may hold the version, the undeclared one expands to "": wget without a version
        assertTrue(f.get(0).message().endsWith("without a version: wget$WGET_VERSION"), f.get(0).message());
        assertFalse(f.get(0).message().contains("curl"), f.get(0).message());
    }

    @Test
    void anArgDeclaredBelowTheRunOrInAnUnrelatedStageIsNot() {
        String text = "FROM debian:12 AS other\nARG V=1\nFROM debian:12\nRUN apt-get install -y curl$V\nARG V=2\n";
        List<Finding> f = lint(text, "DS303");
        assertEquals(1, f.size(), f.toString());
        assertEquals(4, f.get(0).line());
    }

    @Test
    void aStageChainStillSeesTheAptUpdateOfItsRoot() {
        StringBuilder b = new StringBuilder("FROM debian:12 AS s0\nRUN apt-get update\n");
        for (int k = 0; k < 300; k++) {
            b.append("FROM s").append(k).append(" AS s").append(k + 1).append('\n');
        }
        b.append("RUN apt-get install -y --no-install-recommends curl=8.5\n");
        List<Finding> f = lint(b.toString(), "DS103");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("line 2"), f.get(0).message());
    }

    @Test
    void eachVolatileArgNamesTheNextExpensiveRunThatDoesNotUseIt() {
        StringBuilder b = new StringBuilder("FROM debian:12\n");
        for (int k = 0; k < 200; k++) {
            b.append("ARG BUILD_DATE\nRUN echo $BUILD_DATE > /date\nRUN echo cheap\nRUN make all\n");
        }
        List<Finding> f = lint(b.toString(), "DS102");
        assertEquals(200, f.size());
        for (Finding x : f) {
            // ARG on line n, its own (cheap) use on n+1, a cheap RUN on n+2, the expensive make on n+3
            assertTrue(x.message().contains("RUN on line " + (x.line() + 3)), x.message());
        }
    }

    @Test
    void aVolatileArgUsedByTheExpensiveStepOrReadFromTheEnvironmentIsFine() {
        String used = "FROM debian:12\nARG BUILD_DATE\nRUN echo hi\nRUN make DATE=$BUILD_DATE\n";
        assertEquals(List.of(), lint(used, "DS102"));
        // handed to an ENV further down: the compile (a cheap one, not an install) reads it from the environment;
        // only the ENV itself is reported
        String env = "FROM debian:12\nARG GIT_SHA\nRUN cmake .\nENV SHA=${GIT_SHA}\nRUN curl -o /x https://example.com\n";
        List<Finding> f = lint(env, "DS102");
        assertEquals(1, f.size(), f.toString());
        assertEquals(4, f.get(0).line());
    }

    @Test
    void curlAndWgetAreCountedPerStage() {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < 100; k++) {
            b.append("FROM debian:12\nRUN curl -o /a https://example.com/a\n");
            if (k % 2 == 0) {
                b.append("RUN wget https://example.com/b\n");
            }
        }
        assertEquals(50, lint(b.toString(), "DS338").size());
    }

    @Test
    void manyStagesFindTheirBaseByNameCaseInsensitively() {
        StringBuilder b = new StringBuilder("FROM debian:12 AS Base0\n");
        for (int k = 1; k < 200; k++) {
            b.append("FROM base").append(k - 1).append(" AS BASE").append(k).append('\n');
        }
        b.append("USER root\nFROM base199\nRUN true\n");
        // the last stage inherits USER root through 200 stages (found by name, "base199" for "BASE199")
        List<Finding> f = lint(b.toString(), "DS401");
        assertEquals(1, f.size(), f.toString());
        assertTrue(f.get(0).message().contains("the last USER is root"), f.get(0).message());
    }

    /**
     * Messages are redacted as prose: a rule message that begins "ENV NAME" keeps its text (it used to be cut to
     * "ENV NAME <redacted>" by the legacy ENV line form), and no value reaches the message or the code frame.
     */
    @Test
    void aMessageBeginningWithEnvAndASecretNameKeepsItsText() {
        String text = "FROM debian:12\nENV GIT_TOKEN abc123\nRUN curl -o /x https://example.com/x\n";
        List<Finding> f = lint(text, "DS102");
        assertEquals(1, f.size(), f.toString());
        assertEquals("ENV GIT_TOKEN likely changes on every build and comes before the RUN on line 3: that step "
                + "loses its cache each time", f.get(0).message());
        assertFalse(f.get(0).sourceLine().contains("abc123"), f.get(0).sourceLine());
        for (Rule r : Rules.all()) {
            for (Finding x : new Linter(List.of(r)).lint(new LintContext(DockerfileParser.parse("Dockerfile",
                    text), null, null, Config.EMPTY), List.of())) {
                assertFalse(x.message().contains("abc123") || x.sourceLine().contains("abc123"), x.toString());
            }
        }
    }
}
