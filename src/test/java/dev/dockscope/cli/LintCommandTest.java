package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import dev.dockscope.support.Golden;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
    private static final String NODE = "src/test/resources/lint/node-app/Dockerfile";
    private static final String GO = "src/test/resources/lint/go-multistage/Dockerfile";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static JsonNode json(Cli.Result r) {
        try {
            return Json.MAPPER.readTree(r.out());
        } catch (Exception e) {
            throw new AssertionError("stdout is not one JSON document" + r.describe(), e);
        }
    }

    @Test
    void copyAllBeforeNpmInstallFailsTheGateWithCodeFrameAndFix() throws Exception {
        Path df = write("Dockerfile", "FROM node:22\nUSER node\nCOPY . .\nRUN npm ci\nCMD [\"node\", \"a.js\"]\n");
        write(".dockerignore", ".git\nnode_modules\n");
        var r = Cli.create().run("lint", "--color", "never", df.toString());
        assertEquals(1, r.exitCode(), r.describe());
        assertTrue(r.out().contains(df + ":3:1  DS101  warning  "), r.describe());
        assertTrue(r.out().contains("  3 | COPY . .\n    | ^\n"), r.describe());
        assertTrue(r.out().contains("fix: Copy package.json package-lock.json first"), r.describe());
        assertTrue(r.out().contains("→ concept: Layer & Cache — dockscope learn layer-cache"), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void cleanDockerfilePassesWithExitZero() throws Exception {
        write(".dockerignore", ".git\n");
        Path df = write("Dockerfile", "FROM alpine:3.20\nUSER 1000\nCMD [\"true\"]\n");
        var r = Cli.create().run("lint", "--color", "never", df.toString());
        assertEquals(0, r.exitCode(), r.describe());
        assertEquals("✓ no findings in 1 file\n", r.out(), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void jsonOutputHasFindingsAndSummaryAndDashOMeansFormat() throws Exception {
        Path df = write("Dockerfile", "FROM ubuntu\nUSER app\nCMD run\n");
        var a = Cli.create().run("lint", "-o", "json", df.toString());
        var b = Cli.create().run("lint", "--format", "json", df.toString());
        assertEquals(1, a.exitCode(), a.describe());
        assertEquals(a.out(), b.out(), b.describe());
        JsonNode root = json(a);
        JsonNode f = root.get("findings").get(0);
        for (String k : List.of("file", "line", "column", "rule", "severity", "title", "message", "fix", "concept")) {
            assertTrue(f.has(k), k + a.describe());
        }
        assertFalse(f.has("sourceLine"), a.describe());
        assertEquals("DS301", f.get("rule").asText());
        assertEquals(2, root.get("summary").get("findings").asInt(), a.describe());
        assertTrue(root.get("summary").get("failed").asBoolean());
        assertEquals("", a.err(), a.describe());
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        Path df = write("Dockerfile", "FROM ubuntu\nUSER app\nCMD [\"run\"]\n");
        var err = Cli.create().run("lint", "--fail-on", "error", df.toString());
        assertEquals(0, err.exitCode(), err.describe());
        assertTrue(err.out().contains("passed at --fail-on error"), err.describe());
        var none = Cli.create().run("lint", "--fail-on", "none", df.toString());
        assertEquals(0, none.exitCode(), none.describe());
        var bad = Cli.create().run("lint", "--fail-on", "loud", df.toString());
        assertEquals(2, bad.exitCode(), bad.describe());
        assertEquals("", bad.out(), bad.describe());
        assertTrue(bad.err().contains("--fail-on must be error, warning, info, style or none"), bad.describe());
    }

    @Test
    void ignoreRemovesRulesAndUnknownIdsAreRejected() throws Exception {
        Path df = write("Dockerfile", "FROM ubuntu\nUSER app\nCMD [\"run\"]\n");
        var r = Cli.create().run("lint", "--ignore", "DS301", df.toString());
        assertEquals(0, r.exitCode(), r.describe());
        assertFalse(r.out().contains("DS301"), r.describe());
        var bad = Cli.create().run("lint", "--ignore", "DS999", df.toString());
        assertEquals(2, bad.exitCode(), bad.describe());
        assertTrue(bad.err().contains("--ignore DS999: no such rule"), bad.describe());
    }

    @Test
    void configIsFoundUpwardAndAppliesIgnoresSeveritiesAndFailOn() throws Exception {
        write(".dockscope.yaml", "ignore: [DS301]\nseverity:\n  DS312: error\nfailOn: error\n");
        Path df = write("svc/api/Dockerfile", "FROM ubuntu\nUSER app\nCMD run\n");
        var r = Cli.create().run("lint", "-o", "json", df.toString());
        JsonNode root = json(r);
        assertEquals(1, r.exitCode(), r.describe());
        assertEquals(1, root.get("findings").size(), r.describe());
        assertEquals("error", root.get("findings").get(0).get("severity").asText());
        assertEquals("error", root.get("summary").get("failOn").asText());
        Path other = write("other.yaml", "failOn: none\n");
        var r2 = Cli.create().run("lint", "--config", other.toString(), df.toString());
        assertEquals(0, r2.exitCode(), r2.describe());
        assertTrue(r2.out().contains("DS301"), r2.describe());
    }

    @Test
    void badConfigIsAUsageError() throws Exception {
        Path cfg = write("bad.yaml", "failOn: sometimes\n");
        Path df = write("Dockerfile", "FROM alpine:3.20\n");
        var r = Cli.create().run("lint", "--config", cfg.toString(), df.toString());
        assertEquals(2, r.exitCode(), r.describe());
        assertTrue(r.err().contains("failOn must be"), r.describe());
        assertFalse(r.err().contains("Exception"), r.describe());
    }

    @Test
    void directoryIsSearchedForAllDockerfileNamesInOneRun() throws Exception {
        write("Dockerfile", "FROM alpine:3.20\nUSER 1\n");
        write("svc/web.Dockerfile", "FROM alpine:3.20\nUSER 1\n");
        write("svc/Dockerfile.dev", "FROM alpine:3.20\nUSER 1\n");
        write("svc/Dockerfile.dockerignore", "*.md\n");
        write("node_modules/x/Dockerfile", "FROM x\n");
        write(".git/Dockerfile", "FROM x\n");
        var r = Cli.create().run("lint", "-o", "json", dir.toString());
        JsonNode root = json(r);
        assertEquals(0, r.exitCode(), r.describe());
        assertEquals(3, root.get("summary").get("files").asInt(), r.describe());
    }

    @Test
    void binaryFileIsAClearUsageError() throws Exception {
        Path p = dir.resolve("Dockerfile");
        Files.write(p, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, (byte) 0xff});
        var r = Cli.create().run("lint", p.toString());
        assertEquals(2, r.exitCode(), r.describe());
        assertEquals("", r.out(), r.describe());
        assertTrue(r.err().contains("is not a text file"), r.describe());
        assertFalse(r.err().contains("at dev."), r.describe());
    }

    @Test
    void missingPathIsNotFound() {
        var r = Cli.create().run("lint", dir.resolve("nope").toString());
        assertEquals(4, r.exitCode(), r.describe());
        assertTrue(r.err().contains("no such file or directory"), r.describe());
    }

    @Test
    void emptyAndCommentOnlyFilesAreFindings() throws Exception {
        Path empty = write("a/Dockerfile", "");
        Path comments = write("b/Dockerfile", "# just a comment\n");
        var r = Cli.create().run("lint", "--color", "never", empty.toString(), comments.toString());
        assertEquals(1, r.exitCode(), r.describe());
        assertTrue(r.out().contains(empty + ":1:1  DS006  error  the file is empty"), r.describe());
        assertTrue(r.out().contains("DS006  error  the file has no instructions"), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void unterminatedHeredocAndBrokenJsonAreFindingsNotCrashes() throws Exception {
        Path df = write("Dockerfile", "FROM alpine:3.20\r\nCMD [\"a\",\r\nRUN <<EOF\r\necho\r\n");
        var r = Cli.create().run("lint", "-o", "json", df.toString());
        JsonNode root = json(r);
        List<String> rules = new ArrayList<>();
        root.get("findings").forEach(f -> rules.add(f.get("rule").asText()));
        assertTrue(rules.contains("DS003") && rules.contains("DS004"), r.describe());
        assertEquals(1, r.exitCode(), r.describe());
    }

    @Test
    void stdinIsLintedWithDash() {
        var r = Cli.create().stdin("FROM ubuntu:latest\nUSER app\n".getBytes(StandardCharsets.UTF_8))
                .run("lint", "--color", "never", "-");
        assertEquals(1, r.exitCode(), r.describe());
        assertTrue(r.out().startsWith("-:1:1  DS302  warning"), r.describe());
    }

    @Test
    void rulesListAsJsonHasTheDocumentedShape() {
        var r = Cli.create().run("lint", "--rules", "-o", "json");
        assertEquals(0, r.exitCode(), r.describe());
        JsonNode rules = json(r).get("rules");
        assertTrue(rules.size() >= 60, r.describe());
        JsonNode first = rules.get(0);
        for (String k : List.of("id", "severity", "title", "family", "concept", "hadolint", "buildkit")) {
            assertTrue(first.has(k), k);
        }
        List<String> families = new ArrayList<>();
        rules.forEach(x -> families.add(x.get("family").asText()));
        for (String fam : List.of("cache", "size", "correctness", "security", "syntax")) {
            assertTrue(families.contains(fam), fam);
        }
    }

    @Test
    void explainShowsTheCardAndUnknownRuleIsNotFound() {
        var r = Cli.create().run("lint", "--explain", "ds101", "--color", "never", "--width", "80");
        assertEquals(0, r.exitCode(), r.describe());
        assertTrue(r.out().startsWith("DS101  Sources copied before the dependency install\n"), r.describe());
        assertTrue(r.out().contains("\nWhy\n") && r.out().contains("\nFix\n"), r.describe());
        var bad = Cli.create().run("lint", "--explain", "DS999");
        assertEquals(4, bad.exitCode(), bad.describe());
    }

    @Test
    void changedListsInvalidatedStepsAndSkipsIgnoredFiles() {
        var r = Cli.create().run("lint", NODE, "--changed", "src/test/resources/lint/node-app/src/app.js",
                "src/test/resources/lint/node-app/node_modules/x.js", "-o", "json");
        assertEquals(0, r.exitCode(), r.describe());
        JsonNode root = json(r);
        JsonNode inv = root.get("invalidated");
        assertEquals(6, inv.size(), r.describe());
        assertEquals(5, inv.get(0).get("line").asInt());
        assertEquals("0", inv.get(0).get("stage").asText());
        assertEquals("COPY . .", inv.get(0).get("instruction").asText());
        assertTrue(root.get("ignored").get(0).asText().contains("excluded by .dockerignore"), r.describe());
        List<String> order = new ArrayList<>();
        root.get("reorder").get("order").forEach(x -> order.add(x.asText()));
        assertTrue(order.indexOf("RUN npm ci") >= 0 && order.indexOf("RUN npm ci") < order.indexOf("COPY . ."),
                r.describe());
        assertTrue(order.indexOf("RUN npm run build") > order.indexOf("COPY . ."), r.describe());
    }

    @Test
    void changedManifestOnlyRebuildsFromTheManifestCopy() {
        var r = Cli.create().run("lint", GO, "--changed", "src/test/resources/lint/go-multistage/go.sum", "-o",
                "json");
        JsonNode inv = json(r).get("invalidated");
        assertEquals(3, inv.get(0).get("line").asInt(), r.describe());
        assertEquals(10, inv.get(inv.size() - 1).get("line").asInt(), r.describe());
        assertEquals(6, inv.size(), r.describe());
    }

    @Test
    void everyCiFormatIsOneParseableDocumentWithTheSameFindings() throws Exception {
        var json = Cli.create().run("lint", "-o", "json", NODE);
        int findings = Json.MAPPER.readTree(json.out()).get("findings").size();
        assertTrue(findings > 0, json.describe());

        var sarif = Cli.create().run("lint", "--format", "sarif", NODE);
        assertEquals(1, sarif.exitCode(), sarif.describe());
        assertEquals(findings, Json.MAPPER.readTree(sarif.out()).at("/runs/0/results").size(), sarif.describe());

        var gitlab = Cli.create().run("lint", "--format", "gitlab", NODE);
        assertEquals(1, gitlab.exitCode(), gitlab.describe());
        assertEquals(findings, Json.MAPPER.readTree(gitlab.out()).size(), gitlab.describe());

        for (String xml : List.of("checkstyle", "junit")) {
            var r = Cli.create().run("lint", "--format", xml, NODE);
            assertEquals(1, r.exitCode(), r.describe());
            javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        }
        var checkstyle = Cli.create().run("lint", "--format", "checkstyle", NODE);
        assertEquals(findings, checkstyle.out().split("<error ", -1).length - 1, checkstyle.describe());

        var md = Cli.create().run("lint", "--format", "markdown", NODE);
        assertEquals(1, md.exitCode(), md.describe());
        assertTrue(md.out().contains("| "), md.describe());
        assertEquals("", md.err(), md.describe());
    }

    @Test
    void goldenTextForANodeApp() {
        var r = Cli.create().run("lint", "--color", "never", "--width", "80", NODE);
        assertEquals(1, r.exitCode(), r.describe());
        assertNoLineWiderThan(r.out(), 80);
        Golden.assertMatches(LintCommandTest.class, "node-app.txt", r.out());
    }

    @Test
    void goldenTextForAGoMultistageBuild() {
        var r = Cli.create().run("lint", "--color", "never", "--width", "80", "--fail-on", "error", GO);
        assertEquals(0, r.exitCode(), r.describe());
        assertNoLineWiderThan(r.out(), 80);
        Golden.assertMatches(LintCommandTest.class, "go-multistage.txt", r.out());
    }

    @Test
    void goldenRebuildPlan() {
        var r = Cli.create().run("lint", "--color", "never", "--width", "80", NODE, "--changed",
                "src/test/resources/lint/node-app/src/app.js");
        assertEquals(0, r.exitCode(), r.describe());
        assertNoLineWiderThan(r.out(), 80);
        Golden.assertMatches(LintCommandTest.class, "rebuild.txt", r.out());
    }

    private static void assertNoLineWiderThan(String out, int width) {
        for (String line : out.split("\n")) {
            assertTrue(TextWidth.of(line) <= width, "too wide (" + TextWidth.of(line) + "): " + line);
        }
    }
}
