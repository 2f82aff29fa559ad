package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive file read by position ({@link ArchiveParser#parseFile}: layers parsed without reading their files'
 * content, digests on other threads, CRCs only where compared) gives exactly what streaming the same bytes gives:
 * tables, digests, the whole {@code --files} report, the notes, and for a damaged file the same message.
 */
class ArchiveFileTest {
    private static final String LABEL = "the archive t.tar";

    @TempDir
    Path dir;

    private static ImageContents stream(byte[] archive, ProgressListener notes) throws Exception {
        return new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(new ByteArrayInputStream(archive), LABEL,
                archive.length, notes);
    }

    private ImageContents file(byte[] archive, ProgressListener notes) throws Exception {
        Path f = Files.createTempFile(dir, "a", ".tar");
        Files.write(f, archive);
        return new ArchiveParser(ScanLimits.DEFAULT, null, null).parseFile(f, LABEL, notes);
    }

    /** Every layer's entries (kind, path, size, mode, owner, link), sizes, compression and digest. */
    static List<String> tables(ImageContents img) {
        List<String> out = new ArrayList<>();
        for (ImageContents.Layer l : img.layers()) {
            LayerTable t = l.table();
            StringBuilder b = new StringBuilder(l.name() + " " + t.compression() + " tar=" + t.tarBytes() + " stored="
                    + t.storedBytes() + " docker=" + t.dockerBytes() + " " + t.uncompressedDigest() + ":");
            for (int e = 0; e < t.count(); e++) {
                b.append(' ').append(t.kind(e)).append(img.paths().path(t.path(e))).append('=').append(t.size(e))
                        .append('/').append(Integer.toOctalString(t.mode(e))).append('/').append(t.uid(e)).append(':')
                        .append(t.gid(e)).append("->").append(t.link(e) < 0 ? "" : img.paths().path(t.link(e)));
            }
            out.add(b.toString());
        }
        return out;
    }

    private void same(byte[] archive) throws Exception {
        List<String> streamNotes = new ArrayList<>();
        List<String> fileNotes = new ArrayList<>();
        ImageContents s = stream(archive, notes(streamNotes));
        ImageContents f = file(archive, notes(fileNotes));
        assertEquals(tables(s), tables(f));
        assertEquals(s.bytesRead(), f.bytesRead());
        assertEquals(s.format(), f.format());
        assertEquals(s.repoTags(), f.repoTags());
        assertEquals(ImageFiles.analyze(s, FilesOptions.DEFAULT), ImageFiles.analyze(f, FilesOptions.DEFAULT));
        assertEquals(streamNotes, fileNotes);
    }

    private static ProgressListener notes(List<String> out) {
        return new ProgressListener() {
            @Override
            public void note(String message) {
                out.add(message);
            }
        };
    }

    /** Plain layers (the kind read by position) with every change the analysis tells apart. */
    private static List<ImageFixture.Layer> plainLayers() {
        ImageFixture.Layer l1 = new ImageFixture.Layer("ADD base")
                .dir("etc").file("etc/passwd", 100).dir("bin").file("bin/sh", 1000, 0755, (byte) 's')
                .hardlink("bin/bash", "bin/sh").symlink("bin/ash", "sh").dir("data").file("data/a", 300)
                .file("data/b", 200).file("same", 4000, 0644, (byte) 'q').file("changed", 4000, 0644, (byte) 'c')
                .file("empty", 0).file("d/" + "long".repeat(40) + "/name", 10);
        ImageFixture.Layer l2 = new ImageFixture.Layer("RUN chmod and rewrite")
                .file("same", 4000, 0755, (byte) 'q')        // the same bytes: only the mode changed
                .file("changed", 4000, 0644, (byte) 'C')     // the same size, other bytes
                .file("etc/passwd", 150, 0644, (byte) 'p').whiteout("data/a").file("new", 70_000);
        ImageFixture.Layer l3 = new ImageFixture.Layer("RUN rm -rf /data").dir("data").opaque("data")
                .file("data/c", 5).file("same", 4000, 0755, (byte) 'q');
        ImageFixture.Layer empty = new ImageFixture.Layer("ENV x=1");
        return List.of(l1, l2, l3, empty);
    }

    @Test
    void plainLayersGiveTheStreamsTablesDigestsAndReport() throws Exception {
        same(ImageFixture.legacy(plainLayers(), "app:1"));
        same(ImageFixture.oci(plainLayers(), "app:1", true, false));
        same(ImageFixture.oci(plainLayers(), "app:1", false, true));
    }

    @Test
    void compressedLayersAndAMixOfBothGiveTheSameToo() throws Exception {
        same(ImageFixture.legacy(ImageFixture.reference(), "app:1"));
        same(ImageFixture.oci(ImageFixture.reference(), "app:1", true, false));
        same(ImageFixture.multiPlatform(ImageFixture.reference(), plainLayers(), "app:1"));
    }

    @Test
    void aWholeCompressedArchiveStreamsFromTheFile() throws Exception {
        same(ImageFixture.compress(ImageFixture.legacy(plainLayers(), "app:1"), "gzip"));
    }

    @Test
    void contentChecksumsAreReadExactlyWhereAPathIsAFileInTwoLayers() throws Exception {
        byte[] archive = ImageFixture.legacy(plainLayers(), "app:1");
        ImageContents s = stream(archive, ProgressListener.NONE);
        ImageContents f = file(archive, ProgressListener.NONE);
        int compared = 0;
        for (int l = 0; l < f.layers().size(); l++) {
            LayerTable ft = f.layers().get(l).table();
            LayerTable st = s.layers().get(l).table();
            for (int e = 0; e < ft.count(); e++) {
                String path = f.paths().path(ft.path(e));
                boolean shared = List.of("/same", "/changed", "/etc/passwd").contains(path);
                if (shared && ft.kind(e) == LayerTable.FILE) {
                    assertEquals(st.crc(e), ft.crc(e), path + " in layer " + (l + 1));
                    compared++;
                } else if (ft.kind(e) == LayerTable.FILE && ft.size(e) > 0) {
                    assertEquals(0, ft.crc(e), path + " in layer " + (l + 1) + " was read though nothing compares it");
                    assertNotEquals(0, st.crc(e), path);
                }
            }
        }
        assertEquals(7, compared);
        // and the analysis tells the chmod from the rewrite: what the stream's CRCs were for
        LayerTable l1 = f.layers().get(0).table();
        LayerTable l2 = f.layers().get(1).table();
        assertEquals(crcOf(f, l1, "/same"), crcOf(f, l2, "/same"));
        assertNotEquals(crcOf(f, l1, "/changed"), crcOf(f, l2, "/changed"));
    }

    private static int crcOf(ImageContents img, LayerTable t, String path) {
        for (int e = 0; e < t.count(); e++) {
            if (img.paths().path(t.path(e)).equals(path)) {
                return t.crc(e);
            }
        }
        throw new AssertionError(path + " not in the layer");
    }

    @Test
    void everyLayerIsHashedAndAWrongDiffIdIsSaidAsWhenStreaming() throws Exception {
        List<ImageFixture.Layer> layers = plainLayers();
        byte[] archive = ImageFixture.legacy(layers, "app:1");
        ImageContents f = file(archive, ProgressListener.NONE);
        for (int i = 0; i < f.layers().size(); i++) {
            assertEquals(ImageFixture.sha256(layers.get(i).tarBytes()), f.layers().get(i).table().uncompressedDigest());
        }
        // the config names other diff ids: the same warning through both paths
        String real = ImageFixture.sha256(layers.get(1).tarBytes()).substring(7);
        byte[] edited = replaceAll(archive, real.getBytes(StandardCharsets.US_ASCII),
                "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
        List<String> fileNotes = new ArrayList<>();
        file(edited, notes(fileNotes));
        assertTrue(fileNotes.stream().anyMatch(n -> n.contains("layer 2 of 4 reads as")), fileNotes.toString());
        same(edited);
    }

    @Test
    void damagedFilesGiveTheStreamsMessage() throws Exception {
        byte[] full = ImageFixture.legacy(plainLayers(), "app:1");
        // cut at many points: inside headers, inside a layer, inside a file's content, in the padding
        int manifest = indexOf(full, "manifest.json".getBytes(StandardCharsets.US_ASCII));
        for (int cut : new int[] {100, 700, 1536, 3000, 5000, 9000, 20_000, 60_000, manifest + 520}) {
            sameFailure(Arrays.copyOf(full, cut));
        }
        // a damaged header inside a layer
        byte[] bad = full.clone();
        int at = indexOf(bad, "data/b".getBytes(StandardCharsets.US_ASCII));
        bad[at + 148] = 'x';
        sameFailure(bad);
    }

    private void sameFailure(byte[] archive) throws Exception {
        String fromStream = outcome(() -> stream(archive, ProgressListener.NONE));
        assertTrue(fromStream.startsWith("refused: "), archive.length + " bytes: " + fromStream);
        assertEquals(fromStream, outcome(() -> file(archive, ProgressListener.NONE)), archive.length + " bytes");
    }

    interface Read {
        ImageContents read() throws Exception;
    }

    /** "refused: MESSAGE", or the tables when the archive was read. */
    static String outcome(Read r) throws Exception {
        try {
            return String.join("\n", tables(r.read()));
        } catch (DockscopeException e) {
            return "refused: " + e.getMessage();
        }
    }

    @Test
    void progressReachesTheFilesSize() throws Exception {
        byte[] archive = ImageFixture.legacy(List.of(new ImageFixture.Layer("big").file("big", 3 << 20)), "big:1");
        long[] last = {0, 0};
        ImageContents f = file(archive, new ProgressListener() {
            @Override
            public void bytes(long soFar, long total) {
                last[0] = soFar;
                last[1] = total;
            }
        });
        assertNotNull(f.layers().get(0).table().uncompressedDigest());
        assertTrue(last[0] >= 3 << 20, "reported " + last[0]);
        assertEquals(archive.length, last[1]);
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    private static byte[] replaceAll(byte[] hay, byte[] needle, byte[] with) {
        byte[] out = hay.clone();
        for (int i = 0; i + needle.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + needle.length, needle, 0, needle.length)) {
                System.arraycopy(with, 0, out, i, with.length);
            }
        }
        return out;
    }
}
