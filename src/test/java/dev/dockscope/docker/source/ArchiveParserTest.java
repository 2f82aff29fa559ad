package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.files.LayerTable;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveParserTest {

    private static ImageContents parse(byte[] archive, String ref, String platform) throws Exception {
        return new ArchiveParser(ScanLimits.DEFAULT, ref, platform)
                .parseStream(new ByteArrayInputStream(archive), "the archive test.tar", archive.length, ProgressListener.NONE);
    }

    /** Layer i's entries as "kind path" lines, for comparing layouts. */
    private static List<String> describe(ImageContents img) {
        List<String> out = new ArrayList<>();
        for (ImageContents.Layer l : img.layers()) {
            LayerTable t = l.table();
            StringBuilder b = new StringBuilder(t.compression() + ":");
            for (int e = 0; e < t.count(); e++) {
                b.append(' ').append(t.kind(e)).append(img.paths().path(t.path(e))).append('=').append(t.size(e));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void legacyDockerSaveGivesLayersInManifestOrderWithHistory() throws Exception {
        ImageContents img = parse(ImageFixture.legacy(ImageFixture.reference(), "app:1"), null, null);
        assertEquals("docker-save", img.format());
        assertEquals(List.of("app:1"), img.repoTags());
        assertEquals("linux/amd64", img.platform());
        assertEquals(4, img.layers().size());
        LayerTable l1 = img.layers().get(0).table();
        // etc/ etc/passwd bin/ bin/sh bin/bash bin/ash data/ data/a data/b empty
        assertEquals(10, l1.count());
        assertEquals(1600, l1.entryBytes());
        assertEquals("gzip", img.layers().get(1).table().compression());
        assertEquals("zstd", img.layers().get(2).table().compression());
        assertEquals(5, img.config().history().size()); // four layers and one empty ENV
    }

    @Test
    void ociLayoutWithBlobsBeforeIndexReadsTheSameLayersAsLegacy() throws Exception {
        List<String> legacy = describe(parse(ImageFixture.legacy(ImageFixture.reference(), "app:1"), null, null));
        ImageContents oci = parse(ImageFixture.oci(ImageFixture.reference(), "app:1", true, false), null, null);
        assertEquals("oci", oci.format());
        assertEquals(legacy, describe(oci));
        assertTrue(oci.layers().get(1).digest().startsWith("sha256:"));
        assertEquals(List.of("app:1"), oci.repoTags());
    }

    @Test
    void ociLayoutWithIndexFirstReadsTheSameLayers() throws Exception {
        List<String> a = describe(parse(ImageFixture.oci(ImageFixture.reference(), "app:1", true, false), null, null));
        List<String> b = describe(parse(ImageFixture.oci(ImageFixture.reference(), "app:1", false, false), null, null));
        assertEquals(a, b);
    }

    @Test
    void engine25SaveWithManifestJsonAndBlobsIsRead() throws Exception {
        ImageContents img = parse(ImageFixture.oci(ImageFixture.reference(), "app:1", true, true), null, null);
        assertEquals("oci", img.format());
        assertEquals(4, img.layers().size());
        assertEquals(List.of("app:1"), img.repoTags());
        assertEquals(img.config().diffIds().get(2), img.layers().get(2).diffId());
    }

    @Test
    void multiPlatformIndexPicksTheAskedPlatform() throws Exception {
        List<ImageFixture.Layer> amd = List.of(new ImageFixture.Layer("amd").file("amd64-only", 10));
        List<ImageFixture.Layer> arm = List.of(new ImageFixture.Layer("arm").file("arm64-only", 20).gzip());
        byte[] archive = ImageFixture.multiPlatform(amd, arm, "multi:1");
        ImageContents a = parse(archive, null, "linux/amd64");
        assertEquals("/amd64-only", a.paths().path(a.layers().get(0).table().path(0)));
        ImageContents b = parse(archive, null, "linux/arm64");
        assertEquals("/arm64-only", b.paths().path(b.layers().get(0).table().path(0)));
        assertEquals("linux/arm64", b.platform());
    }

    @Test
    void ociDirectoryIsReadManifestFirst(@TempDir Path dir) throws Exception {
        byte[] archive = ImageFixture.oci(ImageFixture.reference(), "app:1", true, false);
        ImageFixture.unpack(archive, dir);
        ImageContents fromDir = new ArchiveParser(ScanLimits.DEFAULT, null, null).parseDirectory(dir, ProgressListener.NONE);
        assertEquals(describe(parse(archive, null, null)), describe(fromDir));
    }

    @Test
    void legacyDirectoryIsRead(@TempDir Path dir) throws Exception {
        byte[] archive = ImageFixture.legacy(ImageFixture.reference(), "app:1");
        ImageFixture.unpack(archive, dir);
        ImageContents img = new ArchiveImageSource(dir.toString(), null, null, null).read(ProgressListener.NONE);
        assertEquals(describe(parse(archive, null, null)), describe(img));
    }

    @Test
    void gzipCompressedArchiveOnStdinIsRead() throws Exception {
        byte[] archive = ImageFixture.compress(ImageFixture.legacy(ImageFixture.reference(), "app:1"), "gzip");
        ImageContents img = new ArchiveImageSource("-", new ByteArrayInputStream(archive), null, null)
                .read(ProgressListener.NONE);
        assertEquals(4, img.layers().size());
    }

    @Test
    void symlinkedLegacyLayerTarIsFollowed() throws Exception {
        ImageFixture.Layer l = new ImageFixture.Layer("x").file("f", 5);
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("aaa/layer.tar", l.blob());
        a.symlink("bbb/layer.tar", "../aaa/layer.tar");
        a.add("c.json", ImageFixture.config(List.of(l, l), "amd64"));
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":null,\"Layers\":[\"aaa/layer.tar\",\"bbb/layer.tar\"]}]");
        ImageContents img = parse(a.bytes(), null, null);
        assertEquals(2, img.layers().size());
        assertEquals(1, img.layers().get(1).table().count());
    }

    @Test
    void progressReportsBytesAndTotal() throws Exception {
        byte[] archive = ImageFixture.legacy(List.of(new ImageFixture.Layer("big").file("big", 3 << 20)), "big:1");
        long[] last = {0, 0};
        new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(new ByteArrayInputStream(archive), "x",
                archive.length, new ProgressListener() {
                    @Override
                    public void bytes(long soFar, long total) {
                        last[0] = soFar;
                        last[1] = total;
                    }
                });
        assertTrue(last[0] >= 3 << 20, "reported " + last[0]);
        assertEquals(archive.length, last[1]);
    }

    @Test
    void daemonSourceReportsWaitingUntilTheFirstByte() throws Exception {
        byte[] archive = ImageFixture.legacy(ImageFixture.reference(), "app:1");
        List<String> waits = new java.util.concurrent.CopyOnWriteArrayList<>();
        DaemonImageSource src = new DaemonImageSource(null, "app:1", null, -1);
        ImageContents img = src.read(new ProgressListener() {
            @Override
            public void waiting(String what, java.time.Duration elapsed) {
                waits.add(what);
            }
        }, () -> {
            try {
                Thread.sleep(450); // the daemon staging the export
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ByteArrayInputStream(archive);
        });
        assertEquals(4, img.layers().size());
        assertTrue(waits.size() >= 2, "waiting calls: " + waits);
        assertEquals("exporting image from the daemon", waits.get(0));
    }

    @Test
    void refPicksTheImageFromASaveOfSeveral() throws Exception {
        ImageFixture.Layer a = new ImageFixture.Layer("a").file("a", 1);
        ImageFixture.Layer b = new ImageFixture.Layer("b").file("b", 2);
        ImageFixture.Archive ar = new ImageFixture.Archive();
        ar.add("la/layer.tar", a.blob()).add("lb/layer.tar", b.blob());
        ar.add("ca.json", ImageFixture.config(List.of(a), "amd64")).add("cb.json", ImageFixture.config(List.of(b), "amd64"));
        ar.add("manifest.json", "[{\"Config\":\"ca.json\",\"RepoTags\":[\"one:latest\"],\"Layers\":[\"la/layer.tar\"]},"
                + "{\"Config\":\"cb.json\",\"RepoTags\":[\"two:latest\"],\"Layers\":[\"lb/layer.tar\"]}]");
        ImageContents img = parse(ar.bytes(), "two", null);
        assertEquals("/b", img.paths().path(img.layers().get(0).table().path(0)));
    }

    @Test
    void scannerKeepsNoMoreThanHeadersForBigFiles(@TempDir Path dir) throws Exception {
        // 40 MB of content across files: the table only stores sizes
        ImageFixture.Layer l = new ImageFixture.Layer("x");
        for (int i = 0; i < 40; i++) {
            l.file("f" + i, 1 << 20);
        }
        Path f = dir.resolve("img.tar");
        Files.write(f, ImageFixture.legacy(List.of(l), "x:1"));
        ImageContents img = new ArchiveImageSource(f.toString(), null, null, null).read(ProgressListener.NONE);
        assertEquals(40L << 20, img.layers().get(0).table().entryBytes());
    }
}
