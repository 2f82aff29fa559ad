package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.ci.CiGate;
import dev.dockscope.analysis.ci.CiRule;
import dev.dockscope.analysis.ci.CiThresholds;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.analysis.files.PathQuery;
import dev.dockscope.docker.source.ArchiveParser;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.docker.source.ScanLimits;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.io.ByteArrayInputStream;
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

    @Test
    void referenceImageRendersLayersWasteVerdictAndFixes() throws Exception {
        FilesReport r = ImageFiles.analyze(image(), FilesOptions.DEFAULT);
        String text = new FilesTextRenderer(Palette.plain(), WIDTH).render(r);
        fits(text);
        Golden.assertMatches(getClass(), "reference.txt", text);
    }

    @Test
    void asciiModeUsesNoBoxDrawing() throws Exception {
        FilesReport r = ImageFiles.analyze(image(), FilesOptions.DEFAULT.withDepth(1));
        String text = new FilesTextRenderer(new Palette(false, true), WIDTH).render(r);
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
}
