package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.Severity;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lint JSON, written field by field, is byte for byte what the configured mapper makes of the document. */
class JsonLintRendererTest {
    /** Characters that JSON escapes or that are easy to get wrong: controls, quotes, non-ASCII, surrogates. */
    private static final String[] PIECES = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f",
        "\u0000", "\u001b", "\u007f", "\u0085", "\u00e9", "\u2028", "\u2029", "\u202e", "\ufeff", "\ud83d\ude00",
        "\ud800", "<", ">", "&", "'", "$", "…", "=", "{", "}", "[", "]", ":", ","};

    private static String mapper(LintReport report) {
        return Json.write(JsonLintRenderer.document(report)) + "\n";
    }

    private static String rendered(LintReport report) {
        return new JsonLintRenderer().render(report, Palette.plain(), 80);
    }

    @Test
    void theSampleReportsAreWrittenAsTheMapperWritesThem() {
        assertEquals(mapper(LintReports.sample()), rendered(LintReports.sample()));
        assertEquals(mapper(LintReports.empty()), rendered(LintReports.empty()));
    }

    @Test
    void generatedReportsAreWrittenAsTheMapperWritesThem() {
        Random random = new Random(15);
        Severity[] severities = Severity.values();
        Concept[] concepts = Concept.values();
        for (int round = 0; round < 300; round++) {
            List<Finding> findings = new ArrayList<>();
            int n = random.nextInt(round % 10 == 0 ? 1 : 40);
            for (int k = 0; k < n; k++) {
                findings.add(new Finding(text(random), random.nextInt(Integer.MAX_VALUE) - (k == 0 ? 5 : 0),
                        random.nextInt(500), "DS" + random.nextInt(1000),
                        random.nextInt(20) == 0 ? null : severities[random.nextInt(severities.length)],
                        text(random), text(random), random.nextInt(4) == 0 ? null : text(random),
                        random.nextInt(20) == 0 ? null : concepts[random.nextInt(concepts.length)], text(random)));
            }
            List<String> files = new ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                files.add(text(random));
            }
            LintReport.Summary summary = new LintReport.Summary(files.size(), n, random.nextInt(5),
                    random.nextInt(5), random.nextInt(5), random.nextInt(5), random.nextInt(5) == 0 ? null
                    : text(random), random.nextBoolean());
            LintReport report = new LintReport(files, findings, List.of(), summary);
            // (findings without a concept: the document is made here, as the renderer would, nulls kept)
            JsonLintRenderer.Document d = new JsonLintRenderer.Document(findings, summary, files,
                    findings.stream().map(f -> f.concept() == null ? "none" : f.concept().slug()).distinct().toList());
            if (findings.stream().allMatch(f -> f.concept() != null)) {
                assertEquals(mapper(report), rendered(report), "round " + round + " (rendered)");
            }
            // and documents with nulls the renderer never makes
            assertEquals(Json.write(d), JsonLintRenderer.write(d), "round " + round);
            JsonLintRenderer.Document odd = new JsonLintRenderer.Document(findings, round % 3 == 0 ? null : summary,
                    round % 5 == 0 ? null : files, round % 7 == 0 ? null : java.util.Arrays.asList("x", null));
            assertEquals(Json.write(odd), JsonLintRenderer.write(odd), "round " + round + " (nulls)");
        }
    }

    @Test
    void aReportOfAThousandFindingsIsOneDocumentEndingInANewline() {
        List<Finding> findings = new ArrayList<>();
        for (int k = 1; k <= 1000; k++) {
            findings.add(new Finding("Dockerfile", k, 1, "DS303", Severity.INFO, "t", "m " + k, null,
                    Concept.DOCKERFILE, ""));
        }
        LintReport report = new LintReport(List.of("Dockerfile"), findings, List.of(),
                new LintReport.Summary(1, 1000, 0, 0, 1000, 0, "warning", false));
        String out = rendered(report);
        assertEquals(mapper(report), out);
        assertTrue(out.endsWith("}\n"), out.substring(out.length() - 20));
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(12); k > 0; k--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
