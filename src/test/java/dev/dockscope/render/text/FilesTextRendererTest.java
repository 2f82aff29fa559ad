package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.CacheStory;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.ci.CiGate;
import dev.dockscope.analysis.ci.CiRule;
import dev.dockscope.analysis.ci.CiThresholds;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.analysis.files.LayerEvidence;
import dev.dockscope.analysis.files.PathQuery;
import dev.dockscope.docker.source.ArchiveImageData;
import dev.dockscope.docker.source.ArchiveParser;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.docker.source.ScanLimits;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.image.ImageExplanation.Finding;
import dev.dockscope.model.image.ImageReport;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Goldens at width 80, no colour, on the reference fixture. */
class FilesTextRendererTest {
    private static final int WIDTH = 80;

    static ImageContents image() throws Exception {
        byte[] a = ImageFixture.legacy(ImageFixture.reference(), "app:1");
        return new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(new ByteArrayInputStream(a),
                "the archive app.tar", a.length, ProgressListener.NONE);
    }

    private static void fits(String text) {
        for (String line : text.split("\n")) {
            assertTrue(TextWidth.of(line) <= WIDTH, "line wider than " + WIDTH + ": " + line);
        }
    }

    /** The report {@code dockscope image --archive app.tar --files} makes: the explanation carries the files. */
    static ImageReport report(ImageContents contents, FilesOptions options) {
        FilesReport files = ImageFiles.analyze(contents, options);
        ImageExplanation img = ImageExplainer.explain(ArchiveImageData.from(contents, null), false, true);
        return new ImageReport(img.withFiles(files), files, null, null);
    }

    @Test
    void referenceImageRendersLayersWasteVerdictAndFixes() throws Exception {
        String text = new FilesTextRenderer(Palette.plain(), WIDTH).render(report(image(), FilesOptions.DEFAULT));
        fits(text);
        Golden.assertMatches(getClass(), "reference.txt", text);
    }

    @Test
    void asciiModeUsesNoBoxDrawing() throws Exception {
        String text = new FilesTextRenderer(new Palette(false, true), WIDTH)
                .render(report(image(), FilesOptions.DEFAULT.withDepth(1)));
        fits(text);
        assertTrue(text.chars().allMatch(c -> c < 128), "non-ASCII in --ascii output");
        Golden.assertMatches(getClass(), "reference-ascii-depth1.txt", text);
    }

    @Test
    void jsonCarriesTheIssuesFields() throws Exception {
        String json = Json.write(ImageFiles.analyze(image(), FilesOptions.DEFAULT));
        for (String key : new String[] {"\"efficiency\"", "\"wastedBytes\"", "\"userWastedPercent\"",
            "\"reclaimableBytes\"", "\"inefficiencies\"", "\"added\"", "\"modified\"", "\"removed\"", "\"topPaths\""}) {
            assertTrue(json.contains(key), "JSON lacks " + key);
        }
        Golden.assertMatches(getClass(), "reference.json", json);
    }

    @Test
    void pathQueryRenders() throws Exception {
        String text = new FilesPathTextRenderer(Palette.plain(), WIDTH).render(PathQuery.run(image(), "/etc/passwd", 20));
        fits(text);
        Golden.assertMatches(getClass(), "path-etc-passwd.txt", text);
    }

    @Test
    void ciGateRendersEachRuleWithValueThresholdAndSource() throws Exception {
        FilesReport r = ImageFiles.analyze(image(), FilesOptions.DEFAULT);
        CiThresholds t = CiThresholds.defaults().with(CiRule.HIGHEST_RECLAIMABLE_BYTES, "5kB",
                "--highest-reclaimable-bytes");
        String text = new CiGateTextRenderer(Palette.plain(), WIDTH).render(CiGate.evaluate(r, t));
        fits(text);
        Golden.assertMatches(getClass(), "ci-gate.txt", text);
    }

    @Test
    void cacheStoryHeadingSaysWhatItsFindingsRestOn() throws Exception {
        ImageContents c = image();
        ImageReport r = report(c, FilesOptions.DEFAULT);
        ImageExplanation measured = r.image().withFindings(CacheStory.measured(r.image().findings(), r.image().layers(),
                LayerEvidence.of(c)));
        ImageTextRenderer tr = new ImageTextRenderer(Palette.plain(), WIDTH, Instant.parse("2026-12-01T00:00:00Z"));
        ImageTextRenderer.Options o = new ImageTextRenderer.Options(false, true, false, false, true, false);

        String history = tr.render(List.of(ImageReport.of(ImageExplainer.explain(ArchiveImageData.from(c, null), false,
                true))), o);
        assertTrue(history.contains("CACHE STORY  what the history says about size and rebuilds"), history);

        String text = tr.render(List.of(new ImageReport(measured, r.files(), null, null)), o);
        boolean allFiles = measured.findings().stream().allMatch(f -> Finding.FILES.equals(f.evidence()));
        assertTrue(text.contains(allFiles ? "CACHE STORY  what the layer files show about size and rebuilds"
                : "CACHE STORY  what the layer files and the history say about size and rebuilds"), text);
        assertFalse(text.contains("what the history says"), text);

        String none = tr.render(List.of(new ImageReport(measured.withFindings(List.of()), r.files(), null, null)), o);
        assertTrue(none.contains("CACHE STORY  what the layer files show about size and rebuilds"), none);
        assertTrue(none.contains("nothing to point out in the layer files or the history"), none);
    }

    @Test
    void filesSectionNumbersLayersAsTheStackDoes() throws Exception {
        ImageReport r = report(image(), FilesOptions.DEFAULT);
        String text = new ImageTextRenderer(Palette.plain(), WIDTH, Instant.parse("2026-12-01T00:00:00Z"))
                .render(List.of(r), new ImageTextRenderer.Options(false, true, false, false, true, false));
        // history: ADD (1), ENV (2, metadata), RUN (3), RUN (4), RUN (5): the files layers are #1, #3, #4, #5
        for (ImageExplanation.Layer l : r.image().layers()) {
            if (l.files() != null) {
                assertTrue(text.contains("Layer #" + l.index() + "  " + l.files().createdBy()), text);
                assertTrue(text.contains("│ " + (l.index() < 10 ? "  " : " ") + l.index() + " "), "stack row " + l.index());
            }
        }
        assertEquals(List.of(1, 3, 4, 5), r.image().layers().stream().filter(l -> l.files() != null)
                .map(ImageExplanation.Layer::index).toList());
        assertFalse(text.matches("(?s).*Layer \\d+/\\d+.*"), text);
        assertFalse(text.contains("layer 2 "), text);
    }
}
