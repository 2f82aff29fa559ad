package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class GitlabLintRendererTest {
    private static final Set<String> SEVERITIES = Set.of("info", "minor", "major", "critical", "blocker");

    private static String render(LintReport report) {
        return new GitlabLintRenderer().render(report, Palette.plain(), 80);
    }

    @Test
    void sampleMatchesGolden() {
        Golden.assertMatches(getClass(), "sample.json", render(LintReports.sample()));
    }

    @Test
    void emptyReportIsAnEmptyArray() throws Exception {
        JsonNode root = Json.MAPPER.readTree(render(LintReports.empty()));
        assertTrue(root.isArray() && root.isEmpty(), root.toString());
    }

    @Test
    void everyIssueHasTheFieldsGitlabRequires() throws Exception {
        LintReport report = LintReports.sample();
        JsonNode issues = Json.MAPPER.readTree(render(report));
        assertEquals(report.findings().size(), issues.size());
        for (int i = 0; i < issues.size(); i++) {
            JsonNode issue = issues.get(i);
            Finding f = report.findings().get(i);
            assertEquals(f.rule(), issue.path("check_name").asText());
            assertTrue(issue.path("description").asText().contains(f.message()), issue.toString());
            assertTrue(SEVERITIES.contains(issue.path("severity").asText()), issue.toString());
            assertTrue(issue.path("fingerprint").asText().matches("[0-9a-f]{64}"), issue.toString());
            String path = issue.at("/location/path").asText();
            assertFalse(path.startsWith("./") || path.startsWith("/") || path.contains("\\"), path);
            assertEquals(Math.max(1, f.line()), issue.at("/location/lines/begin").asInt());
        }
        assertEquals("critical", issues.get(2).path("severity").asText());
        assertEquals("info", issues.get(4).path("severity").asText());
        assertEquals("docker/Dockerfile.dev", issues.get(4).at("/location/path").asText());
    }

    @Test
    void fingerprintsAreUniqueAndStableWhenLinesMove() throws Exception {
        List<String> before = fingerprints(render(LintReports.sample()));
        assertEquals(before.size(), new HashSet<>(before).size(), before.toString());
        assertEquals(before, fingerprints(render(LintReports.sample(LintReports.down(5)))));
        assertEquals(before, fingerprints(render(LintReports.sample())));
    }

    @Test
    void sameFingerprintAsSarif() throws Exception {
        JsonNode sarif = Json.MAPPER.readTree(new SarifLintRenderer("0").render(LintReports.sample(), null, 80));
        List<String> fromSarif = new ArrayList<>();
        sarif.at("/runs/0/results").forEach(r -> fromSarif.add(r.at("/partialFingerprints").elements().next()
                .asText()));
        assertEquals(fromSarif, fingerprints(render(LintReports.sample())));
    }

    private static List<String> fingerprints(String json) throws Exception {
        List<String> out = new ArrayList<>();
        Json.MAPPER.readTree(json).forEach(i -> out.add(i.path("fingerprint").asText()));
        return out;
    }
}
