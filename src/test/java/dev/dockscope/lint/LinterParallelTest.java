package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Large files are linted by the rules on several threads (each with its own fork of the prepared LintContext, each
 * rule's findings joined in rule order). Whatever the thread count, the findings must be the same, in the same
 * order, with the same messages: checked on every Dockerfile the tests ship (hadolint's spec snippets, the lint
 * examples, the fuzz seeds), on files made of all of them, and on the hostile shapes of bench/lint. Not timed.
 */
class LinterParallelTest {
    private static final Linter ALL = new Linter(Rules.all());

    private static List<Finding> lint(Dockerfile df, int threads, List<String> ignores) {
        return ALL.lint(new LintContext(df, null, null, Config.EMPTY), ignores, threads);
    }

    private static void sameOnAnyThreadCount(String name, String text) {
        Dockerfile df = DockerfileParser.parse(name, text);
        List<Finding> one = lint(df, 1, List.of());
        for (int threads : new int[] {2, 3, 4}) {
            // a new parse each time: no memo of an earlier run is reused
            List<Finding> many = lint(DockerfileParser.parse(name, text), threads, List.of());
            assertEquals(one, many, name + " on " + threads + " threads");
        }
        List<String> ignores = List.of("DS303", "ds206");
        assertEquals(lint(DockerfileParser.parse(name, text), 1, ignores),
                lint(DockerfileParser.parse(name, text), 2, ignores), name + " with --ignore");
    }

    static List<String> shippedDockerfiles() throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = LinterParallelTest.class.getResourceAsStream("/lint/hadolint/cases.json")) {
            JsonNode doc = new ObjectMapper().readTree(in);
            for (JsonNode c : doc.get("cases")) {
                out.add(c.get("dockerfile").asText());
            }
        }
        for (String dir : List.of("src/test/resources/lint", "src/test/resources/dev/dockscope/fuzz")) {
            try (Stream<Path> files = Files.walk(Path.of(dir))) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (p.toString().endsWith(".json")) {
                        continue;
                    }
                    out.add(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        }
        return out;
    }

    @Test
    void everyShippedDockerfileGivesTheSameFindingsOnOneAndOnSeveralThreads() throws IOException {
        List<String> files = shippedDockerfiles();
        assertTrue(files.size() > 500, "hadolint cases, lint examples and fuzz seeds: " + files.size());
        int withFindings = 0;
        for (int k = 0; k < files.size(); k++) {
            String text = files.get(k);
            Dockerfile df = DockerfileParser.parse("f" + k, text);
            List<Finding> one = lint(df, 1, List.of());
            withFindings += one.isEmpty() ? 0 : 1;
            assertEquals(one, lint(DockerfileParser.parse("f" + k, text), 2, List.of()), "file " + k + ":\n" + text);
        }
        assertTrue(withFindings > files.size() / 2, "most of them draw findings: " + withFindings);
    }

    @Test
    void allShippedDockerfilesInOneFileGiveTheSameFindings() throws IOException {
        // hundreds of stages, RUNs of every ecosystem, ARGs, ENVs, pragmas, here-documents: every rule has work
        String text = String.join("\n", shippedDockerfiles()) + "\n";
        assertTrue(text.length() > Linter.PARALLEL_FROM_CHARS, "large enough for the parallel path by default");
        Dockerfile df = DockerfileParser.parse("all", text);
        assertTrue(lint(df, 1, List.of()).size() > 100);
        sameOnAnyThreadCount("all", text);
    }

    @Test
    void theHostileShapesGiveTheSameFindings() {
        StringBuilder runs = new StringBuilder("FROM debian:12\n");
        StringBuilder pairs = new StringBuilder("FROM debian:12\n");
        StringBuilder chain = new StringBuilder("FROM scratch AS s0\n");
        StringBuilder secrets = new StringBuilder("FROM debian:12\n");
        for (int k = 0; k < 1500; k++) {
            runs.append("RUN apt-get install curl\n");
            pairs.append("ARG BUILD_DATE\nRUN make\n");
            chain.append("FROM s").append(k).append(" AS s").append(k + 1).append("\nRUN apt-get install $V\n");
            secrets.append("ENV DB_PASSWORD=hunter2\n");
        }
        sameOnAnyThreadCount("runs", runs.toString());
        sameOnAnyThreadCount("pairs", pairs.toString());
        sameOnAnyThreadCount("chain", chain.toString());
        sameOnAnyThreadCount("secrets", secrets.toString());
        sameOnAnyThreadCount("args", "FROM scratch\nARG " + "$A ".repeat(8000) + "\n");
        sameOnAnyThreadCount("chained", "FROM debian:12\nRUN " + "apt-get install $A && ".repeat(1500) + "true\n");
    }

    @Test
    void onlyLargeFilesUseMoreThanOneThread() {
        assertEquals(1, Linter.threadsFor(DockerfileParser.parse("small", "FROM scratch\nRUN true\n")));
        String big = "FROM scratch\n" + "RUN true\n".repeat(Linter.PARALLEL_FROM_CHARS / 9 + 1);
        int cores = Runtime.getRuntime().availableProcessors();
        assertEquals(Math.max(1, Math.min(Linter.MAX_THREADS, cores)),
                Linter.threadsFor(DockerfileParser.parse("big", big)));
    }

    @Test
    void aRuleThatFailsOnAHelperThreadFailsTheLint() {
        IllegalStateException boom = new IllegalStateException("boom");
        List<Rule> rules = new ArrayList<>(Rules.all());
        Rule failing = new Rule() {
            @Override
            public RuleMeta meta() {
                return rules.get(0).meta();
            }

            @Override
            public void check(LintContext ctx, Reporter report) {
                throw boom;
            }
        };
        // last: taken by whichever thread gets there, after the others ran
        rules.add(failing);
        Dockerfile df = DockerfileParser.parse("x", "FROM debian:12\nRUN apt-get install curl\n");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new Linter(rules).lint(new LintContext(df, null, null, Config.EMPTY), List.of(), 2));
        assertSame(boom, thrown);
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
