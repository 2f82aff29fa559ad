package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.model.files.LayerTable;
import dev.dockscope.model.files.PathTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** The layer tar rebuilt from a tar-split index parses exactly like the tar itself; a damaged index is an error. */
class TarSplitInputTest {
    static final String FILE = "/var/lib/docker/image/overlay2/layerdb/sha256/abc/tar-split.json.gz";

    /** Every kind of entry the analysis distinguishes, a PAX long name and a GNU-free 250-character path. */
    static ImageFixture.Layer everything() {
        String longDir = "deep/" + "d".repeat(120);
        return new ImageFixture.Layer("RUN everything")
                .dir("etc").file("etc/passwd", 100).file("etc/same-a", 700, 0644, (byte) 'q')
                .file("etc/same-b", 700, 0600, (byte) 'q').file("etc/other", 700, 0644, (byte) 'r')
                .dir("bin").file("bin/sh", 1000, 0755, (byte) 's').hardlink("bin/bash", "bin/sh")
                .symlink("bin/ash", "sh").file("empty", 0).dir("deep").dir(longDir)
                .file(longDir + "/" + "f".repeat(130), 33).whiteout("old").dir("app").opaque("app")
                .file("big", 70_000, 0644, (byte) 'b');
    }

    static LayerTable viaTar(byte[] tar, PathTable paths) throws Exception {
        return new LayerScanner(paths, ScanLimits.DEFAULT).scan(new ByteArrayInputStream(tar), tar.length, "layer");
    }

    static LayerTable viaIndex(byte[] gz, PathTable paths) throws Exception {
        TarSplitInput index = new TarSplitInput(new GZIPInputStream(new ByteArrayInputStream(gz)), FILE, 4_000_000);
        return new LayerScanner(paths, ScanLimits.DEFAULT).scanTar(new CountingInput(index), -1, "none", "layer",
                (tar, e, table) -> {
                    if (e.size() == 0) {
                        return 0;
                    }
                    tar.skip(null);
                    return index.lastSum();
                });
    }

    @Test
    void rebuiltTarHasTheSameEntriesSizesAndLinks() throws Exception {
        byte[] tar = everything().tarBytes();
        PathTable p1 = new PathTable();
        PathTable p2 = new PathTable();
        LayerTable a = viaTar(tar, p1);
        LayerTable b = viaIndex(TarSplitFixture.index(tar), p2);
        assertEquals(a.count(), b.count());
        assertEquals(a.entryBytes(), b.entryBytes());
        assertEquals(tar.length, a.tarBytes());
        assertEquals(tar.length, b.tarBytes(), "the rebuilt tar is as long as the real one");
        assertEquals(b.tarBytes(), b.storedBytes());
        for (int i = 0; i < a.count(); i++) {
            assertEquals(p1.path(a.path(i)), p2.path(b.path(i)), "entry " + i);
            assertEquals(a.kind(i), b.kind(i), p1.path(a.path(i)));
            assertEquals(a.size(i), b.size(i), p1.path(a.path(i)));
            assertEquals(a.mode(i), b.mode(i), p1.path(a.path(i)));
            assertEquals(a.link(i) < 0 ? null : p1.path(a.link(i)), b.link(i) < 0 ? null : p2.path(b.link(i)));
        }
        assertTrue(p2.find("deep/" + "d".repeat(120) + "/" + "f".repeat(130)) > 0, "the PAX long name came through");
    }

    @Test
    void equalContentGetsEqualIdentityAndDifferentContentDoesNot() throws Exception {
        byte[] tar = everything().tarBytes();
        PathTable paths = new PathTable();
        LayerTable t = viaIndex(TarSplitFixture.index(tar), paths);
        int a = entry(t, paths, "etc/same-a");
        int b = entry(t, paths, "etc/same-b");
        int c = entry(t, paths, "etc/other");
        assertEquals(t.crc(a), t.crc(b));
        assertNotEquals(t.crc(a), t.crc(c));
    }

    @Test
    void crc64IsTheOneTheDaemonRecords() {
        // the daemon's tar-split for a file holding "hi\n" (Engine 20.10): payload "YUmYEAAAAAA="
        assertEquals("YUmYEAAAAAA=", Base64.getEncoder().encodeToString(
                TarSplitFixture.crc64Bytes("hi\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void truncatedIndexIsAnErrorNamingTheFile() {
        byte[] gz = TarSplitFixture.index(everything().tarBytes());
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        DockscopeException e = assertThrows(DockscopeException.class, () -> viaIndex(cut, new PathTable()));
        assertTrue(e.getMessage().contains(FILE), e.getMessage());
        assertTrue(e.getMessage().contains("gzip"), e.getMessage());
        assertEquals(2, e.exitCode().code());
    }

    @Test
    void linesOutOfOrderAreRefused() {
        List<String> lines = new ArrayList<>(TarSplitFixture.lines(everything().tarBytes()));
        lines.set(3, lines.get(3).replace("\"position\":3", "\"position\":7"));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> viaIndex(TarSplitFixture.gzip(lines), new PathTable()));
        assertTrue(e.getMessage().contains("position 7 where 3 was expected"), e.getMessage());
        assertTrue(e.getMessage().contains("line 4"), e.getMessage());
    }

    @Test
    void aFileEntryWhoseSizeDisagreesWithTheHeaderIsRefused() {
        List<String> lines = new ArrayList<>(TarSplitFixture.lines(everything().tarBytes()));
        int i = indexOf(lines, "\"name\":\"etc/passwd\"");
        lines.set(i, lines.get(i).replace("\"size\":100", "\"size\":99"));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> viaIndex(TarSplitFixture.gzip(lines), new PathTable()));
        assertTrue(e.getMessage().contains("has 99"), e.getMessage());
    }

    @Test
    void aFileEntryWithoutItsChecksumIsRefused() {
        List<String> lines = new ArrayList<>(TarSplitFixture.lines(everything().tarBytes()));
        int i = indexOf(lines, "\"name\":\"bin/sh\"");
        lines.set(i, lines.get(i).replaceAll("\"payload\":\"[^\"]*\"", "\"payload\":null"));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> viaIndex(TarSplitFixture.gzip(lines), new PathTable()));
        assertTrue(e.getMessage().contains("CRC-64"), e.getMessage());
    }

    @Test
    void aSegmentThatIsNoTarHeaderIsTheStrictReadersError() {
        List<String> lines = new ArrayList<>(TarSplitFixture.lines(everything().tarBytes()));
        lines.set(0, TarSplitFixture.segment(0, new byte[512 + 7]).replace("AAAA", "QUFB"));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> viaIndex(TarSplitFixture.gzip(lines), new PathTable()));
        assertTrue(e.getMessage().contains("not a tar header"), e.getMessage());
    }

    @Test
    void anOverlongLineIsRefusedWithoutReadingItWhole() {
        List<String> lines = new ArrayList<>();
        lines.add("{\"type\":2,\"payload\":\"" + "A".repeat(TarSplitInput.MAX_SEGMENT + 4) + "\",\"position\":0}");
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> viaIndex(TarSplitFixture.gzip(lines), new PathTable()));
        assertTrue(e.getMessage().contains("size limit"), e.getMessage());
    }

    @Test
    void aPayloadThatIsNotBase64IsRefused() {
        List<String> lines = new ArrayList<>(TarSplitFixture.lines(everything().tarBytes()));
        lines.set(0, lines.get(0).replaceFirst("\"payload\":\"....", "\"payload\":\"*AAA"));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> viaIndex(TarSplitFixture.gzip(lines), new PathTable()));
        assertTrue(e.getMessage().contains("not valid base64"), e.getMessage());
    }

    @Test
    void notJsonIsRefused() {
        byte[] gz = ImageFixture.compress("this is not json\n".getBytes(StandardCharsets.UTF_8), "gzip");
        DockscopeException e = assertThrows(DockscopeException.class, () -> viaIndex(gz, new PathTable()));
        assertTrue(e.getMessage().contains("invalid JSON"), e.getMessage());
        assertTrue(e.getMessage().startsWith(FILE), e.getMessage());
    }

    @Test
    void tooManyLinesAreRefused() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(TarSplitFixture.segment(i, new byte[0]));
        }
        TarSplitInput index = new TarSplitInput(new GZIPInputStream(new ByteArrayInputStream(
                TarSplitFixture.gzip(lines))), FILE, 4);
        DockscopeException e = assertThrows(DockscopeException.class, () -> index.read(new byte[10], 0, 10));
        assertTrue(e.getMessage().contains("more than 28 lines"), e.getMessage());
    }

    private static int entry(LayerTable t, PathTable paths, String path) {
        int id = paths.find(path);
        for (int i = 0; i < t.count(); i++) {
            if (t.path(i) == id) {
                return i;
            }
        }
        throw new AssertionError("no entry " + path);
    }

    private static int indexOf(List<String> lines, String part) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(part)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + part);
    }
}
