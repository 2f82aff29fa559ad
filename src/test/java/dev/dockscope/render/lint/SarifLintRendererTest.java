package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import dev.dockscope.support.Golden;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifLintRendererTest {
    private static final Set<String> LEVELS = Set.of("error", "warning", "note");

    private static String render(LintReport report) {
        return new SarifLintRenderer("0.1.0").render(report, Palette.plain(), 80);
    }

    private static JsonNode parse(String sarif) throws Exception {
        return Json.MAPPER.readTree(sarif);
    }

    @Test
    void sampleMatchesGolden() {
        Golden.assertMatches(getClass(), "sample.sarif", render(LintReports.sample()));
    }

    @Test
    void emptyReportMatchesGolden() {
        Golden.assertMatches(getClass(), "empty.sarif", render(LintReports.empty()));
    }

    @Test
    void requiredTopLevelAndDriverFieldsArePresent() throws Exception {
        JsonNode root = parse(render(LintReports.sample()));
        assertEquals(SarifLintRenderer.SCHEMA, root.path("$schema").asText());
        assertEquals("2.1.0", root.path("version").asText());
        assertEquals(1, root.path("runs").size());
        JsonNode driver = root.path("runs").get(0).path("tool").path("driver");
        assertEquals("dockscope", driver.path("name").asText());
        assertEquals("0.1.0", driver.path("version").asText());
        // informationUri is optional in SARIF 2.1.0; the project has no public home to point at, so none is invented
        assertTrue(driver.path("informationUri").isMissingNode(), driver.toString());
    }

    @Test
    void everyRuleCarriesDescriptionsHelpLevelAndTags() throws Exception {
        JsonNode rules = parse(render(LintReports.sample())).path("runs").get(0).path("tool").path("driver")
                .path("rules");
        assertEquals(6, rules.size(), "5 rules from the table + DS001, which only a finding names");
        Set<String> ids = new HashSet<>();
        for (JsonNode rule : rules) {
            assertTrue(ids.add(rule.path("id").asText()), "duplicate rule " + rule);
            for (String field : List.of("name", "shortDescription/text", "fullDescription/text", "help/text",
                    "help/markdown", "defaultConfiguration/level")) {
                assertFalse(rule.at("/" + field).asText().isBlank(), field + " missing in " + rule);
            }
            assertTrue(LEVELS.contains(rule.at("/defaultConfiguration/level").asText()), rule.toString());
            assertTrue(rule.at("/properties/tags").isArray() && rule.at("/properties/tags").size() >= 1,
                    rule.toString());
            assertTrue(rule.path("name").asText().matches("[\\p{L}\\p{N}]+"), rule.toString());
        }
        JsonNode ds402 = rules.get(2);
        assertEquals("DS402", ds402.path("id").asText());
        assertEquals("error", ds402.at("/defaultConfiguration/level").asText());
        assertTrue(ds402.at("/help/text").asText().contains("BuildKit check: SecretsUsedInArgOrEnv"));
        assertTrue(ds402.at("/help/markdown").asText().contains("`RUN --mount=type=secret,id=token …`"));
        assertEquals("8.0", ds402.at("/properties/security-severity").asText());
        assertEquals("note", rules.get(3).at("/defaultConfiguration/level").asText(), "style maps to note");
        assertEquals("note", rules.get(4).at("/defaultConfiguration/level").asText(), "info maps to note");
    }

    @Test
    void everyResultPointsAtItsRuleAndARelativeLocation() throws Exception {
        LintReport report = LintReports.sample();
        JsonNode run = parse(render(report)).path("runs").get(0);
        JsonNode rules = run.at("/tool/driver/rules");
        JsonNode results = run.path("results");
        assertEquals(report.findings().size(), results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            Finding f = report.findings().get(i);
            assertEquals(f.rule(), r.path("ruleId").asText());
            assertEquals(r.path("ruleId").asText(), rules.get(r.path("ruleIndex").asInt()).path("id").asText(),
                    "ruleIndex of " + r);
            assertTrue(LEVELS.contains(r.path("level").asText()), r.toString());
            assertEquals(f.message(), r.at("/message/text").asText());
            JsonNode loc = r.at("/locations/0/physicalLocation");
            String uri = loc.at("/artifactLocation/uri").asText();
            assertEquals("%SRCROOT%", loc.at("/artifactLocation/uriBaseId").asText());
            assertFalse(uri.startsWith("/") || uri.startsWith("./") || uri.contains("\\") || uri.contains(" "), uri);
            if (f.line() >= 1) {
                assertEquals(f.line(), loc.at("/region/startLine").asInt());
                assertEquals(f.column(), loc.at("/region/startColumn").asInt());
            } else {
                assertTrue(loc.path("region").isMissingNode(), "no region for a file-level finding: " + loc);
            }
        }
        assertEquals("docker/Dockerfile.dev", results.get(4).at("/locations/0/physicalLocation/artifactLocation/uri")
                .asText());
        assertEquals("odd%20dir/Dockerfile.%C3%BCn%C3%AF",
                results.get(6).at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("error", results.get(2).path("level").asText());
        assertEquals("note", results.get(4).path("level").asText());
    }

    @Test
    void controlCharactersAreEscapedNotEmittedRaw() {
        String sarif = render(LintReports.sample());
        assertFalse(sarif.chars().anyMatch(c -> c < 0x20 && c != '\n'), "raw control character in SARIF output");
        assertTrue(sarif.contains("\\u001B[31mrun"), "ESC survives as a JSON escape");
    }

    @Test
    void fingerprintsAreUniqueAndSurviveLinesMovingDown() throws Exception {
        List<String> before = fingerprints(render(LintReports.sample()));
        List<String> after = fingerprints(render(LintReports.sample(LintReports.down(3))));
        assertEquals(before.size(), new HashSet<>(before).size(), "unique: " + before);
        assertEquals(before, after);
        assertEquals(before, fingerprints(render(LintReports.sample())), "same report, same fingerprints");
    }

    @Test
    void fingerprintChangesWhenTheFlaggedLineChanges() throws Exception {
        List<String> before = fingerprints(render(LintReports.sample()));
        List<String> after = fingerprints(render(LintReports.sample(f -> f.line() == 1
                ? new Finding(f.file(), 1, 6, f.rule(), f.severity(), f.title(), f.message(), f.fix(), f.concept(),
                "FROM python:latest")
                : f)));
        assertNotEquals(before.get(0), after.get(0));
        assertEquals(before.subList(1, before.size()), after.subList(1, after.size()));
    }

    @Test
    void absoluteAndDrivePathsBecomeFileUris() throws Exception {
        LintReport base = LintReports.sample();
        List<Finding> moved = new ArrayList<>();
        moved.add(relocate(base.findings().get(0), "/home/ci/repo/Dockerfile"));
        moved.add(relocate(base.findings().get(1), "C:\\work\\repo\\Dockerfile"));
        moved.add(relocate(base.findings().get(2), "weird:name/Dockerfile"));
        JsonNode results = parse(render(new LintReport(List.of(), moved, base.rules(), base.summary())))
                .at("/runs/0/results");
        assertEquals("file:///home/ci/repo/Dockerfile", results.at("/0/locations/0/physicalLocation/artifactLocation/uri")
                .asText());
        assertTrue(results.at("/0/locations/0/physicalLocation/artifactLocation/uriBaseId").isMissingNode());
        assertEquals("file:///C:/work/repo/Dockerfile", results.at("/1/locations/0/physicalLocation/artifactLocation/uri")
                .asText());
        assertEquals("./weird:name/Dockerfile", results.at("/2/locations/0/physicalLocation/artifactLocation/uri")
                .asText());
    }

    @Test
    void emptyReportStillHasARunWithEmptyResults() throws Exception {
        JsonNode run = parse(render(LintReports.empty())).at("/runs/0");
        assertTrue(run.path("results").isArray() && run.path("results").isEmpty(), run.toString());
        assertTrue(run.at("/tool/driver/rules").isArray() && run.at("/tool/driver/rules").isEmpty(), run.toString());
    }

    private static Finding relocate(Finding f, String file) {
        return new Finding(file, f.line(), f.column(), f.rule(), f.severity(), f.title(), f.message(), f.fix(),
                f.concept(), f.sourceLine());
    }

    private static List<String> fingerprints(String sarif) throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode r : parse(sarif).at("/runs/0/results")) {
            out.add(r.at("/partialFingerprints/" + SarifLintRenderer.FINGERPRINT_KEY.replace("/", "~1")).asText());
        }
        return out;
    }
}
