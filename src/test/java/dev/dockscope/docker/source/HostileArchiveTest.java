package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives built to cost unbounded time or memory (issue 15, cases 1 and 2): each ends in exit 2 with a message and
 * no stack trace, quickly. The inputs are built here, small on disk.
 */
class HostileArchiveTest {
    private static final String INDEX = "application/vnd.oci.image.index.v1+json";
    private static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";

    @TempDir
    Path dir;

    private static void refusedQuickly(Cli.Result r, String... parts) {
        r.assertExit(2);
        assertFalse(r.err().contains("\tat "), r.describe());
        assertFalse(r.err().contains("Exception"), r.describe());
        assertFalse(r.err().contains("OutOfMemory"), r.describe());
        assertTrue(r.err().lines().count() <= 2, r.describe());
        for (String p : parts) {
            assertTrue(r.err().contains(p), "stderr lacks \"" + p + "\"" + r.describe());
        }
    }

    private static String descriptor(String mediaType, byte[] blob) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"" + ImageFixture.sha256(blob) + "\",\"size\":"
                + blob.length + "}";
    }

    private static byte[] index(List<String> descriptors) {
        return ("{\"schemaVersion\":2,\"mediaType\":\"" + INDEX + "\",\"manifests\":[" + String.join(",", descriptors)
                + "]}").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Four levels of 60 distinct indexes, each listing all 60 of the next level: 60⁴ paths through 40 KB of JSON.
     */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void indexFanOutIsCappedNotWalkedPathByPath() throws IOException {
        ImageFixture.Archive a = new ImageFixture.Archive();
        List<String> level = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] m = ("{\"schemaVersion\":2,\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8);
            level.add(descriptor(MANIFEST, m)); // leaves whose blobs are absent
        }
        for (int depth = 0; depth < 3; depth++) {
            List<String> next = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                List<String> entries = new ArrayList<>(level);
                entries.add("{\"mediaType\":\"x/pad\",\"digest\":\"sha256:" + "0".repeat(63) + i + depth + "\"}");
                byte[] b = index(entries);
                a.add("blobs/sha256/" + ImageFixture.hex(ImageFixture.sha256(b)), b);
                next.add(descriptor(INDEX, b));
            }
            level = next;
        }
        a.add("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        a.add("index.json", index(level));
        Path f = dir.resolve("fanout.tar");
        Files.write(f, a.bytes());
        refusedQuickly(Cli.create().run("image", "--archive", f.toString(), "--color", "never"),
                "more than " + ScanLimits.MAX_DESCRIPTORS + " descriptors");
    }

    /** One nested index listed 60 times at each of four levels: read once per digest, not 60⁴ times. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void aNestedIndexListedManyTimesIsReadOnce() throws IOException {
        ImageFixture.Archive a = new ImageFixture.Archive();
        byte[] leaf = "{\"schemaVersion\":2}".getBytes(StandardCharsets.UTF_8);
        String d = descriptor(MANIFEST, leaf); // absent: the walk must end at "missing blob", not before
        for (int depth = 0; depth < 4; depth++) {
            byte[] b = index(java.util.Collections.nCopies(60, d));
            a.add("blobs/sha256/" + ImageFixture.hex(ImageFixture.sha256(b)), b);
            d = descriptor(INDEX, b);
        }
        a.add("index.json", index(java.util.Collections.nCopies(60, d)));
        Path f = dir.resolve("self.tar");
        Files.write(f, a.bytes());
        refusedQuickly(Cli.create().run("image", "--archive", f.toString(), "--color", "never"), "missing blob");
    }

    /** JSON entries of 15 MB each, gzip'd to kilobytes: not all kept until the manifest is known. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void manyLargeJsonEntriesAreRefusedBeforeTheHeapFills() throws IOException {
        Path f = dir.resolve("json.tar.gz");
        byte[] chunk = new byte[1 << 20];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(o)) {
            for (int i = 0; i < 8; i++) { // 500 in the report; 8 (120 MB) already pass the cap
                TarArchiveEntry e = new TarArchiveEntry("c" + i + ".json");
                e.setSize(15L << 20);
                tar.putArchiveEntry(e);
                for (int k = 0; k < 15; k++) {
                    tar.write(chunk);
                }
                tar.closeArchiveEntry();
            }
        }
        refusedQuickly(Cli.create().run("image", "--archive", f.toString(), "--color", "never"),
                "bytes of JSON files");
    }

    /** The outer gzip of a whole archive is held to the same expansion limit as a compressed layer. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCompressedOuterStreamHasAnExpansionCap() throws IOException {
        Path f = dir.resolve("bomb.tar.gz");
        byte[] zeros = new byte[1 << 20];
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f), 1 << 16);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(o)) {
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            TarArchiveEntry e = new TarArchiveEntry("padding");
            e.setSize(64L << 20);
            tar.putArchiveEntry(e);
            for (int k = 0; k < 64; k++) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        }
        // a tighter limit than the default (which allows 4 GiB at least) keeps the test small: same code path
        ScanLimits tight = new ScanLimits(100, 1 << 20, 1000, 1 << 20);
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.dockscope.DockscopeException.class,
                () -> new ArchiveImageSource(f.toString(), null, null, null, tight).read(ProgressListener.NONE));
        assertEquals(2, e.exitCode().code(), e.getMessage());
        assertTrue(e.getMessage().contains("gzip stream expands beyond"), e.getMessage());
    }

    /** Found by the archive fuzz target: a gzip magic with a header cut short was an EOFException, not a message. */
    @Test
    void aTruncatedGzipHeaderIsNamed() throws IOException {
        Path f = dir.resolve("cut.tar.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 4, 0, 0, 0, 0, 0, 0, 9});
        refusedQuickly(Cli.create().run("image", "--archive", f.toString(), "--color", "never"),
                "compressed stream's header is damaged");
    }

    /** One ustar header and its content, written by hand (commons-compress is quadratic on huge names). */
    static void rawEntry(ByteArrayOutputStream out, String name, char type, byte[] content) {
        rawEntry(out, name.getBytes(StandardCharsets.US_ASCII), type, content);
    }

    static void rawEntry(ByteArrayOutputStream out, byte[] n, char type, byte[] content) {
        byte[] h = new byte[512];
        System.arraycopy(n, 0, h, 0, n.length);
        octal(h, 100, 8, 0644);
        octal(h, 108, 8, 0);
        octal(h, 116, 8, 0);
        octal(h, 124, 12, content.length);
        octal(h, 136, 12, 1_700_000_000L);
        h[156] = (byte) type;
        System.arraycopy("ustar\u000000".getBytes(StandardCharsets.US_ASCII), 0, h, 257, 8);
        java.util.Arrays.fill(h, 148, 156, (byte) ' ');
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xff;
        }
        octal(h, 148, 7, sum);
        out.writeBytes(h);
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }

    private static void octal(byte[] h, int at, int len, long v) {
        String s = String.format("%0" + (len - 1) + "o", v);
        System.arraycopy(s.getBytes(StandardCharsets.US_ASCII), 0, h, at, len - 1);
    }

    /** 4,000 entries with 1 MB PAX names cost minutes and gigabytes; names longer than PATH_MAX are refused. */
    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hugePaxNamesAreRefused() throws IOException {
        ByteArrayOutputStream layer = new ByteArrayOutputStream();
        for (int i = 0; i < 3; i++) {
            String record = " path=" + i + "/" + "n".repeat((1 << 20) - 100) + "\n";
            int len = record.length();
            len += String.valueOf(len + String.valueOf(len).length()).length();
            byte[] pax = (len + record).getBytes(StandardCharsets.US_ASCII);
            rawEntry(layer, "PaxHeader", 'x', pax);
            rawEntry(layer, "short" + i, '0', new byte[0]);
        }
        layer.write(new byte[1024]);
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("l/layer.tar", layer.toByteArray());
        a.add("c.json", "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}");
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"l/layer.tar\"]}]");
        Path f = dir.resolve("names.tar");
        Files.write(f, a.bytes());
        refusedQuickly(Cli.create().run("image", "--archive", f.toString(), "--color", "never"),
                "longer than the " + TarStream.MAX_NAME + " allowed");
    }
}
