package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input ends in exit 2 with a message naming the layer or file and the offset. */
class BadArchiveTest {

    private static DockscopeException fail(byte[] archive) {
        return fail(archive, ScanLimits.DEFAULT);
    }

    private static DockscopeException fail(byte[] archive, ScanLimits limits) {
        DockscopeException e = assertThrows(DockscopeException.class, () -> new ArchiveImageSource("-",
                new ByteArrayInputStream(archive), null, null, limits).read(ProgressListener.NONE));
        assertEquals(ExitCode.USAGE, e.exitCode(), e.getMessage());
        sameFromAFile(archive, limits, e);
        return e;
    }

    /** The same bytes as a file (read by position when they are a plain tar): the same refusal, word for word. */
    private static void sameFromAFile(byte[] archive, ScanLimits limits, DockscopeException fromStdin) {
        try {
            Path f = Files.createTempFile("bad-archive", ".tar");
            try {
                Files.write(f, archive);
                ArchiveImageSource src = new ArchiveImageSource(f.toString(), null, null, null, limits);
                DockscopeException e = assertThrows(DockscopeException.class, () -> src.read(ProgressListener.NONE));
                assertEquals(fromStdin.getMessage(), e.getMessage().replace(src.describe(), "the archive on stdin"));
                assertEquals(fromStdin.exitCode(), e.exitCode());
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (java.io.IOException x) {
            throw new java.io.UncheckedIOException(x);
        }
    }

    private static void contains(DockscopeException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "message lacks \"" + p + "\": " + e.getMessage());
        }
    }

    @Test
    void truncatedArchiveNamesTheOffset() {
        byte[] full = ImageFixture.legacy(ImageFixture.reference(), "app:1");
        DockscopeException e = fail(Arrays.copyOf(full, 3000));
        contains(e, "truncated", "at byte");
    }

    @Test
    void randomBytesAreNotATar() {
        byte[] junk = new byte[4096];
        new java.util.Random(1).nextBytes(junk);
        junk[0] = 'Z';
        contains(fail(junk), "not a tar archive");
    }

    @Test
    void emptyInputIsRefused() {
        contains(fail(new byte[0]), "is empty");
    }

    @Test
    void legacyLayerThatIsNotATarNamesTheLayer() {
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("abc/layer.tar", "hello, this is not a tar at all".getBytes(StandardCharsets.UTF_8));
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"abc/layer.tar\"]}]");
        contains(fail(a.bytes()), "layer abc/layer.tar", "not a tar, gzip or zstd", "at byte 0");
    }

    @Test
    void ociBlobThatIsNotATarFailsWhenTheManifestUsesIt() {
        ImageFixture.Layer good = new ImageFixture.Layer("x").file("f", 1);
        byte[] archive = ImageFixture.oci(List.of(good), "t:1", true, false);
        // replace the layer blob's bytes with text of the same length: the digest name stays, the content is junk
        byte[] blob = good.blob();
        String text = "this is text!".repeat(blob.length / 13 + 1).substring(0, blob.length);
        byte[] bad = replace(archive, blob, text.getBytes(StandardCharsets.US_ASCII));
        contains(fail(bad), "layer 1 of 1", "not a tar, gzip or zstd");
    }

    @Test
    void missingBlobIsNamed() {
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("c.json", ImageFixture.config(List.of(new ImageFixture.Layer("x")), "amd64"));
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"gone/layer.tar\"]}]");
        contains(fail(a.bytes()), "gone/layer.tar", "missing blob");
    }

    @Test
    void manifestPointingNowhereIsNamed() {
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("manifest.json", "[{\"Config\":\"nowhere.json\",\"Layers\":[]}]");
        contains(fail(a.bytes()), "nowhere.json", "image config");
    }

    @Test
    void archiveWithoutManifestIsNotAnImage() {
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("hello.txt", "hi");
        contains(fail(a.bytes()), "neither manifest.json nor index.json");
    }

    @Test
    void dotDotPathInALayerIsRefusedWithLayerAndOffset() {
        ImageFixture.Layer l = new ImageFixture.Layer("x").file("ok", 3).file("a/../../etc/passwd", 4);
        contains(fail(ImageFixture.legacy(List.of(l), "t:1")), "layer ", "layer.tar", "path with \"..\"",
                "at byte 1024"); // the second header, after "ok"'s header and its content block
    }

    @Test
    void absolutePathInALayerIsRefused() {
        // commons-compress strips a leading "/", so this header is written by hand
        byte[] tar = new byte[512 * 3];
        System.arraycopy(ustarHeader("/etc/shadow", 0), 0, tar, 0, 512);
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("abc/layer.tar", tar);
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"abc/layer.tar\"]}]");
        contains(fail(a.bytes()), "layer abc/layer.tar", "absolute path \"/etc/shadow\"", "at byte 0");
    }

    static byte[] ustarHeader(String name, long size) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, n.length);
        put(h, 100, "0000644");
        put(h, 108, "0000000");
        put(h, 116, "0000000");
        put(h, 124, String.format("%011o", size));
        put(h, 136, "00000000000");
        h[156] = '0';
        put(h, 257, "ustar");
        h[263] = '0';
        h[264] = '0';
        Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        put(h, 148, String.format("%06o", sum));
        h[154] = 0;
        h[155] = ' ';
        return h;
    }

    private static void put(byte[] h, int off, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, off, b.length);
    }

    @Test
    void decompressionBombIsStoppedWithTheLimitStated() {
        ImageFixture.Layer l = new ImageFixture.Layer("bomb").file("zeros", 8 << 20, 0644, (byte) 0).gzip();
        ScanLimits tight = new ScanLimits(100, 1 << 20, 1000, 1 << 20);
        contains(fail(ImageFixture.legacy(List.of(l), "t:1"), tight), "decompression bomb", "100 times");
    }

    @Test
    void corruptGzipLayerNamesTheLayer() {
        byte[] junk = new byte[2000];
        junk[0] = 0x1f;
        junk[1] = (byte) 0x8b;
        junk[2] = 8;
        for (int i = 10; i < junk.length; i++) {
            junk[i] = (byte) (i * 7);
        }
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("abc/layer.tar", junk);
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"abc/layer.tar\"]}]");
        contains(fail(a.bytes()), "layer abc/layer.tar", "corrupt gzip data");
    }

    @Test
    void nonUtf8NameIsReadNotRefused() throws Exception {
        // issue 15: a Latin-1 name is valid input, read as bytes and shown escaped (NonUtf8NamesTest)
        ImageFixture.Layer l = new ImageFixture.Layer("x", "ISO-8859-1").file("caf\u00e9", 1);
        new ArchiveImageSource("-", new ByteArrayInputStream(ImageFixture.legacy(List.of(l), "t:1")), null, null)
                .read(ProgressListener.NONE);
    }

    @Test
    void corruptTarHeaderInsideALayerIsRefused() {
        byte[] tar = new ImageFixture.Layer("x").file("a", 10).file("b", 10).tarBytes();
        tar[1024 + 100] = 'Q'; // second header's mode field (after a's header and content): bad checksum
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("abc/layer.tar", tar);
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"abc/layer.tar\"]}]");
        contains(fail(a.bytes()), "layer abc/layer.tar", "checksum mismatch", "at byte 1024");
    }

    @Test
    void tooManyEntriesAreRefusedInsteadOfRunningOutOfMemory() {
        ImageFixture.Layer l = new ImageFixture.Layer("x");
        for (int i = 0; i < 50; i++) {
            l.file("f" + i, 0);
        }
        contains(fail(ImageFixture.legacy(List.of(l), "t:1"), new ScanLimits(1100, 1 << 20, 20, 1 << 20)),
                "more than 20 entries");
    }

    @Test
    void missingArchiveFileIsAUsageError() {
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> new ArchiveImageSource("/nonexistent/x.tar", null, null, null).read(ProgressListener.NONE));
        assertEquals(ExitCode.USAGE, e.exitCode());
        contains(e, "no such file");
    }

    private static byte[] replace(byte[] haystack, byte[] needle, byte[] with) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            byte[] out = haystack.clone();
            System.arraycopy(with, 0, out, i, with.length);
            return out;
        }
        throw new IllegalStateException("needle not found");
    }
}
