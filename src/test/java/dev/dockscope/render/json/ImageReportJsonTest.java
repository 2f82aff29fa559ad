package dev.dockscope.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.docker.source.ArchiveImageData;
import dev.dockscope.docker.source.ArchiveParser;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.docker.source.ScanLimits;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.image.ImageReport;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code dockscope image -o json} renders the same {@link ImageReport} the text does, files part included whole. */
class ImageReportJsonTest {
    /** What the image names itself, so the files part does not repeat it at the top level. */
    private static final Set<String> IMAGE_OWNS = Set.of("repoTags", "platform", "layerCount", "layers", "concepts");

    private static ImageContents contents() throws Exception {
        byte[] a = ImageFixture.legacy(ImageFixture.reference(), "app:1");
        return new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(new ByteArrayInputStream(a),
                "the archive app.tar", a.length, ProgressListener.NONE);
    }

    private static JsonNode tree(Object o) throws Exception {
        return Json.MAPPER.readTree(Json.write(o));
    }

    @Test
    void everyFilesFieldReachesTheTopLevelOnce() throws Exception {
        ImageContents c = contents();
        FilesReport files = ImageFiles.analyze(c, FilesOptions.DEFAULT);
        ImageExplanation img = ImageExplainer.explain(ArchiveImageData.from(c, null), false, true).withFiles(files);
        JsonNode json = tree(new ImageReport(img, files, null, null));
        JsonNode filesJson = tree(files);
        JsonNode imgJson = tree(img);
        List<String> filesKeys = new ArrayList<>();
        filesJson.fieldNames().forEachRemaining(filesKeys::add);
        for (String k : filesKeys) {
            if (IMAGE_OWNS.contains(k)) {
                assertEquals(imgJson.get(k), json.get(k), "the image's own " + k);
            } else {
                assertEquals(filesJson.get(k), json.get(k), "files field " + k);
            }
        }
        Set<String> expected = new HashSet<>();
        imgJson.fieldNames().forEachRemaining(expected::add);
        filesKeys.stream().filter(k -> !IMAGE_OWNS.contains(k)).forEach(expected::add);
        Set<String> actual = new HashSet<>();
        json.fieldNames().forEachRemaining(actual::add);
        assertEquals(expected, actual);
        // the documented --files fields (README, dockscope image)
        for (String k : List.of("source", "sourceDetail", "sourceNote", "efficiency", "wastedBytes", "userWastedPercent",
                "reclaimableBytes", "reclaimable", "inefficiencies", "verdict", "suggestions")) {
            assertTrue(json.has(k), "lacks " + k);
        }
        // each filesystem layer's changes sit in its history layer, in order
        int k = 0;
        for (JsonNode l : json.get("layers")) {
            if (!l.get("empty").asBoolean()) {
                assertEquals(filesJson.get("layers").get(k++), l.get("files"));
            }
        }
        assertEquals(filesJson.get("layers").size(), k);
    }

    @Test
    void withoutFilesTheReportIsTheExplanation() throws Exception {
        ImageContents c = contents();
        ImageExplanation img = ImageExplainer.explain(ArchiveImageData.from(c, null), false, true);
        JsonNode json = tree(ImageReport.of(img));
        assertEquals(tree(img), json);
        assertFalse(json.has("efficiency"));
    }
}
