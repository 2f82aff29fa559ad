package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.lint.DockerfileSource;
import dev.dockscope.lint.Linter;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15, cases 3 and 4: lint input that is huge, endless, or one long line of tokens that each draw a finding.
 * The timeouts are generous guards against the quadratic behaviour (minutes before the fix), not measurements; the
 * assertions are on the shape of the answer: exit code, at most one finding per rule per instruction, a bounded list.
 */
class LintHostileInputTest {
    @TempDir
    Path dir;

    private static JsonNode json(Cli.Result r) {
        try {
            return Json.MAPPER.readTree(r.out());
        } catch (Exception e) {
            throw new AssertionError("stdout is not one JSON document" + r.describe(), e);
        }
    }

    private static String head(Cli.Result r) {
        String d = r.describe();
        return d.length() > 2000 ? d.substring(0, 2000) : d;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEndlessDeviceIsRefusedAtTheSizeLimit() {
        Cli.Result r = Cli.create().run("lint", "/dev/zero");
        r.assertExit(2);
        assertTrue(r.err().contains("larger than " + (DockerfileSource.MAX_BYTES >> 20) + " MB"), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tooLargeStdinIsRefusedWithExitTwo() {
        byte[] big = new byte[(int) DockerfileSource.MAX_BYTES + 10];
        java.util.Arrays.fill(big, (byte) '#');
        Cli.Result r = Cli.create().stdin(big).run("lint", "-");
        r.assertExit(2);
        assertTrue(r.err().contains("larger than"), r.describe());
    }

    static Stream<Arguments> longLines() {
        return Stream.of(
                Arguments.of("expose", "FROM scratch\nEXPOSE " + "x ".repeat(32_000) + "\n"),
                Arguments.of("exposeMount", "FROM scratch\nEXPOSE " + "--mount=type=cache,target=/x ".repeat(16_000)
                        + "\n"),
                Arguments.of("runMount", "FROM scratch\nRUN " + "--mount=type=cache,target=/x ".repeat(16_000)
                        + "true\n"),
                Arguments.of("arg", "FROM scratch\nARG " + "$A ".repeat(32_000) + "\n"),
                Arguments.of("dollars", "FROM scratch\nRUN " + "$A".repeat(500_000) + "\n"),
                Arguments.of("crOnly", "FROM scratch\r" + "EXPOSE x\r".repeat(100_000)),
                Arguments.of("heredocs", "FROM scratch\nRUN " + "<<E ".repeat(200_000) + "\nE\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longLines")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneLongLineGetsOneFindingPerRuleAndInstruction(String name, String text) throws Exception {
        Path f = dir.resolve(name + ".Dockerfile");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        Cli.Result r = Cli.create().run("lint", "-o", "json", "--fail-on", "none", f.toString());
        r.assertExit(0);
        JsonNode findings = json(r).path("findings");
        assertTrue(findings.size() <= Linter.MAX_FINDINGS_PER_FILE, head(r));
        Map<String, Integer> perRuleAndLine = new HashMap<>();
        for (JsonNode finding : findings) {
            String key = finding.path("rule").asText() + "@" + finding.path("line").asInt();
            perRuleAndLine.merge(key, 1, Integer::sum);
            assertTrue(finding.path("message").asText().length() < 2_000, "a message repeats the line: " + key);
        }
        perRuleAndLine.forEach((k, n) -> assertEquals(1, n, k + " reported " + n + " times"));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void repeatedTokensAreCountedInTheOneFinding() throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM scratch\nEXPOSE a b c d\n");
        Cli.Result r = Cli.create().run("lint", "-o", "json", "--fail-on", "none", f.toString());
        JsonNode findings = json(r).path("findings");
        JsonNode expose = null;
        for (JsonNode x : findings) {
            if (x.path("line").asInt() == 2 && x.path("message").asText().contains("3 more in this instruction")) {
                expose = x;
            }
        }
        assertTrue(expose != null, r.describe());
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyInstructionsAreCappedPerFileAndSaySo() throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM scratch\n" + "EXPOSE x\n".repeat(3_000));
        Cli.Result r = Cli.create().run("lint", "-o", "json", "--fail-on", "none", f.toString());
        JsonNode findings = json(r).path("findings");
        assertEquals(Linter.MAX_FINDINGS_PER_FILE, findings.size(), head(r));
        assertTrue(findings.get(findings.size() - 1).path("message").asText().contains("not listed"),
                head(r));
    }

    /**
     * 1 MB of {@code RUN apt-get install} after one update (bench/lint/long-lines.sh "short-instructions": over 120 s
     * before DS103 folded each stage once instead of rescanning every earlier instruction per RUN). The answer is
     * checked where the cap cuts it: every install names the one update, and the update itself is not reported.
     */
    @Test
    void manyRunsAfterOneUpdateEachNameTheUpdate() throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM debian:12\nRUN apt-get update\n" + "RUN apt-get install curl\n".repeat(40_000)
                + "FROM debian:12 AS other\nRUN apt-get install -y --no-install-recommends git=1:2.39\n");
        Cli.Result r = Cli.create().run("lint", "-o", "json", "--fail-on", "none", f.toString());
        r.assertExit(0);
        int ds103 = 0;
        for (JsonNode x : json(r).path("findings")) {
            if (x.path("rule").asText().equals("DS103")) {
                ds103++;
                assertTrue(x.path("line").asInt() > 2, "the update relied on is not reported itself: " + x);
                assertTrue(x.path("message").asText().contains("update on line 2"), x.toString());
            }
        }
        assertTrue(ds103 > 100, ds103 + " DS103 findings before the cap" + head(r));
        Path two = dir.resolve("two.Dockerfile");
        Files.writeString(two, "FROM debian:12\nRUN apt-get update\n" + "RUN echo x\n".repeat(40_000)
                + "FROM debian:12 AS other\nRUN apt-get install -y git\n");
        JsonNode lone = json(Cli.create().run("lint", "-o", "json", "--fail-on", "none", two.toString()))
                .path("findings");
        boolean updateReported = false;
        for (JsonNode x : lone) {
            assertFalse(x.path("rule").asText().equals("DS103") && x.path("line").asInt() > 2,
                    "an install in an unrelated stage relies on no update: " + x);
            updateReported |= x.path("rule").asText().equals("DS103") && x.path("line").asInt() == 2;
        }
        assertTrue(updateReported, "the lone update is reported");
    }

    /**
     * A line of 350,000 {@code $A} tokens draws one message per token from DS316: only the first few are shown, the
     * rest counted (each was sanitised and redacted before, costing seconds per 1 MB line).
     */
    @Test
    void tokensBeyondTheListedOnesAreCountedNotShown() throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, "FROM scratch\nARG " + "$A ".repeat(350_000) + "\n");
        JsonNode findings = json(Cli.create().run("lint", "-o", "json", "--fail-on", "none", f.toString()))
                .path("findings");
        boolean counted = false;
        for (JsonNode x : findings) {
            String message = x.path("message").asText();
            assertTrue(message.length() < 2_000, () -> message.substring(0, 300));
            counted |= x.path("line").asInt() == 2 && message.matches(".*\\(and \\d{6} more in this instruction.*");
        }
        assertTrue(counted, "a finding counts the 350,000 tokens: " + findings);
    }

    /** Found by the lint fuzz target: a package or user that is only a separator crashed two rules. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"FROM debian:12\nRUN apt-get install -y =\n",
        "FROM debian:12\nRUN apt-get install -y \"<\"\n", "FROM scratch\nUSER :\n", "FROM scratch\nUSER ::\n"})
    void separatorOnlyWordsDoNotCrashARule(String text) throws Exception {
        Path f = dir.resolve("Dockerfile");
        Files.writeString(f, text);
        Cli.Result r = Cli.create().run("lint", "--fail-on", "none", f.toString());
        r.assertExit(0);
        assertFalse(r.err().contains("internal error"), r.describe());
    }

    /** An OutOfMemoryError anywhere ends with exit 70 and one line, never with exit 1 and a stack trace. */
    @Test
    void outOfMemoryExitsSeventyWithOneLine() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream out = new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                throw new OutOfMemoryError("Java heap space");
            }
        }, true);
        java.io.PrintStream e = new java.io.PrintStream(err, true, StandardCharsets.UTF_8);
        int code = dev.dockscope.Dockscope.run(new Io(out, e, Map.<String, String>of()::get, false, false,
                new java.io.ByteArrayInputStream(new byte[0])), "learn");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(70, code, stderr);
        assertTrue(stderr.contains("out of memory"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
    }
}
