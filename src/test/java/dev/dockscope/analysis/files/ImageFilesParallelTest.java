package dev.dockscope.analysis.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On a big image dive's figures are computed on a thread of their own beside the replay: the report is the same
 * either way, on the small reference image and on one past {@link ImageFiles#PARALLEL_ENTRIES} entries with
 * overwrites, whiteouts and an opaque directory.
 */
class ImageFilesParallelTest {

    private static void same(ImageContents image) {
        FilesReport serial = ImageFiles.analyze(image, FilesOptions.DEFAULT, false);
        assertEquals(serial, ImageFiles.analyze(image, FilesOptions.DEFAULT, true));
        assertEquals(serial, ImageFiles.analyze(image, FilesOptions.DEFAULT));
    }

    @Test
    void theReferenceImageGivesTheSameReport() throws Exception {
        same(ImageFilesTest.read(ImageFilesTest.reference("legacy")));
    }

    @Test
    void aBigImageGivesTheSameReportAndTakesTheParallelPath() throws Exception {
        List<ImageFixture.Layer> layers = new ArrayList<>();
        ImageFixture.Layer base = new ImageFixture.Layer("ADD base");
        for (int i = 0; i < ImageFiles.PARALLEL_ENTRIES; i++) {
            base.file("usr/d" + (i % 50) + "/f" + i, i % 97);
        }
        layers.add(base);
        ImageFixture.Layer two = new ImageFixture.Layer("RUN update");
        for (int i = 0; i < 400; i++) {
            two.file("usr/d" + (i % 50) + "/f" + i, 100 + i % 7); // overwritten, most with other sizes
        }
        two.whiteout("usr/d3/f3").dir("usr/d7").opaque("usr/d7").file("usr/d7/new", 5);
        layers.add(two);
        ImageContents image = ImageFilesTest.read(ImageFixture.legacy(layers, "big:1"));
        long entries = image.layers().stream().mapToLong(l -> l.table().count()).sum();
        assertTrue(entries >= ImageFiles.PARALLEL_ENTRIES, entries + " entries");
        same(image);
        FilesReport r = ImageFiles.analyze(image, FilesOptions.DEFAULT, true);
        assertTrue(r.dive().wastedBytes() > 0, "the overwrites are waste: " + r.dive());
    }
}
