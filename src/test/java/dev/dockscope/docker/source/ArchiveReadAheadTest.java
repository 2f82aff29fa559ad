package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.model.files.ImageContents;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive file's uncompressed layers are read once each on other threads (hashed and their headers parsed there)
 * and their entries added to the tables on the parsing thread, in the archive's order: what fails first in the
 * archive is what is reported, whichever thread finished first, and the result matches the stream's; without the
 * diff id check the layers are parsed by position on the calling thread, with the same tables.
 */
class ArchiveReadAheadTest {
    private static final String LABEL = "the archive t.tar";

    @TempDir
    Path dir;

    private String fromFile(byte[] archive, boolean checkDiffIds) throws Exception {
        Path f = Files.createTempFile(dir, "a", ".tar");
        Files.write(f, archive);
        return ArchiveFileTest.outcome(() -> new ArchiveParser(ScanLimits.DEFAULT, null, null, checkDiffIds)
                .parseFile(f, LABEL, ProgressListener.NONE));
    }

    private static String fromStream(byte[] archive, boolean checkDiffIds) throws Exception {
        return ArchiveFileTest.outcome(() -> new ArchiveParser(ScanLimits.DEFAULT, null, null, checkDiffIds)
                .parseStream(new ByteArrayInputStream(archive), LABEL, archive.length, ProgressListener.NONE));
    }

    /** A big first layer (read last among equals, but read first by size) and small ones after it. */
    private static List<ImageFixture.Layer> layers(String badName, boolean damageLast) {
        List<ImageFixture.Layer> out = new ArrayList<>();
        ImageFixture.Layer big = new ImageFixture.Layer("ADD big");
        for (int i = 0; i < 200; i++) {
            big.file("big/f" + i, 3000 + i);
        }
        out.add(big);
        ImageFixture.Layer second = new ImageFixture.Layer("COPY two").file("two/a", 10);
        if (badName != null) {
            second.file(badName, 5);
        }
        second.file("two/z", 700);
        out.add(second);
        out.add(new ImageFixture.Layer("COPY three").file("three/" + (damageLast ? "DAMAGED" : "fine"), 20)
                .file("big/f7", 3007));
        return out;
    }

    private static byte[] damageHeaderOf(byte[] archive, String name) {
        byte[] bad = archive.clone();
        bad[ArchiveFileTest.indexOf(bad, name.getBytes(StandardCharsets.US_ASCII)) + 148] = 'x';
        return bad;
    }

    @Test
    void theSameTablesDigestsAndReportWithOrWithoutTheDiffIdCheck() throws Exception {
        byte[] archive = ImageFixture.legacy(layers(null, false), "app:1");
        for (boolean check : new boolean[] {true, false}) {
            String s = fromStream(archive, check);
            assertEquals(s, fromFile(archive, check), "diff id check " + check);
            assertTrue(s.contains("/big/f199=3199"), s);
        }
        Path f = Files.createTempFile(dir, "a", ".tar");
        Files.write(f, archive);
        ImageContents read = new ArchiveParser(ScanLimits.DEFAULT, null, null).parseFile(f, LABEL,
                ProgressListener.NONE);
        ImageContents streamed = new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(
                new ByteArrayInputStream(archive), LABEL, archive.length, ProgressListener.NONE);
        assertEquals(ImageFiles.analyze(streamed, FilesOptions.DEFAULT), ImageFiles.analyze(read, FilesOptions.DEFAULT));
    }

    @Test
    void aDamagedHeaderInALaterLayerIsReportedAsTheStreamReportsIt() throws Exception {
        byte[] bad = damageHeaderOf(ImageFixture.legacy(layers(null, true), "app:1"), "three/DAMAGED");
        String s = fromStream(bad, true);
        assertTrue(s.startsWith("refused: ") && s.contains("not a tar header"), s);
        assertEquals(s, fromFile(bad, true));
        assertEquals(fromStream(bad, false), fromFile(bad, false));
    }

    @Test
    void anUnsafeNameBeforeADamagedHeaderIsWhatFailsFirst() throws Exception {
        // layer 2 has a name with "..", layer 3 a damaged header: both threads fail, the archive's order decides
        byte[] bad = damageHeaderOf(ImageFixture.legacy(layers("two/../../etc/passwd", true), "app:1"),
                "three/DAMAGED");
        String s = fromStream(bad, true);
        assertTrue(s.startsWith("refused: ") && s.contains("path with \"..\""), s);
        assertEquals(s, fromFile(bad, true));
        // and within one layer: the unsafe name comes before a damaged header after it
        byte[] within = damageHeaderOf(ImageFixture.legacy(layers("two/../../etc/passwd", false), "app:1"),
                "two/z");
        String w = fromStream(within, true);
        assertTrue(w.contains("path with \"..\""), w);
        assertEquals(w, fromFile(within, true));
    }
}
