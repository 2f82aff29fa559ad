package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.analysis.files.FilesOptions;
import dev.dockscope.analysis.files.ImageFiles;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.render.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layer store on a folder laid out as the daemon lays it out, against the same image as a saved archive. */
class LayerStoreImageSourceTest {

    /** The reference image with every layer uncompressed (the store keeps uncompressed tars), plus an empty layer. */
    static List<ImageFixture.Layer> layers() {
        List<ImageFixture.Layer> out = new ArrayList<>();
        for (ImageFixture.Layer l : ImageFixture.reference()) {
            l.compression = "none";
            out.add(l);
        }
        out.add(TarSplitInputTest.everything());
        out.add(new ImageFixture.Layer("/bin/sh -c true"));
        return out;
    }

    static LayerStoreImageSource.Store store(Path root) {
        LayerStoreImageSource.Location loc = LayerStoreImageSource.locate("unix:///run/docker.sock", root.toString(),
                "overlay2", null);
        assertNull(loc.reason());
        return loc.store();
    }

    static JsonNode withoutSource(Object report) {
        ObjectNode n = (ObjectNode) Json.MAPPER.valueToTree(report);
        n.remove(List.of("source", "sourceDetail", "sourceNote", "format"));
        return n;
    }

    @Test
    void storeAndArchiveGiveTheSameFilesReport(@TempDir Path root) throws Exception {
        List<ImageFixture.Layer> layers = layers();
        String id = TarSplitFixture.layerStore(root, layers);
        ImageContents fromStore = new LayerStoreImageSource(store(root), id).read(ProgressListener.NONE);
        byte[] archive = ImageFixture.legacy(layers, "app:1");
        ImageContents fromArchive = new ArchiveParser(ScanLimits.DEFAULT, null, null).parseStream(
                new ByteArrayInputStream(archive), "the archive t.tar", archive.length, ProgressListener.NONE);
        var a = ImageFiles.analyze(fromStore, FilesOptions.DEFAULT);
        var b = ImageFiles.analyze(fromArchive, FilesOptions.DEFAULT);
        assertEquals("store", a.source());
        assertEquals("layer-store", a.format());
        assertEquals(id, fromStore.configId());
        // the archive names its tag; a store read by id has none, as the daemon's export of an id has none
        ObjectNode sa = (ObjectNode) withoutSource(a);
        ObjectNode sb = (ObjectNode) withoutSource(b);
        sb.set("repoTags", sa.get("repoTags"));
        assertEquals(sb.toPrettyString(), sa.toPrettyString());
        assertEquals(layers.size(), a.layers().size());
        assertTrue(a.reclaimableBytes() > 0, "the fixture hides bytes");
    }

    @Test
    void chainIdsFollowTheDaemonsRule() {
        // chain(0) = diff(0); chain(1) = sha256("<chain0> <diff1>"); values from the test daemon's layerdb
        List<String> chains = LayerStoreImageSource.chainIds(List.of(
                "sha256:f944b891e5fa6e0f5f423ad014e69ba6350525e83fffd2594c8e9ee7fdddcf88",
                "sha256:ab839eafb7a64aa9a0b80eb178b5677e12f789938a5ba2c4c2e298aa62c57f6a"));
        assertEquals("sha256:f944b891e5fa6e0f5f423ad014e69ba6350525e83fffd2594c8e9ee7fdddcf88", chains.get(0));
        assertEquals(ImageFixture.sha256(("sha256:f944b891e5fa6e0f5f423ad014e69ba6350525e83fffd2594c8e9ee7fdddcf88"
                + " sha256:ab839eafb7a64aa9a0b80eb178b5677e12f789938a5ba2c4c2e298aa62c57f6a").getBytes()), chains.get(1));
        assertEquals("sha256:77e85bc3e7d4e66f3fc6a4e07fc1b23b92aecf16888d8b85e52d30b117c05ab6", chains.get(1));
    }

    @Test
    void aDiffFileNamingAnotherLayerIsRefused(@TempDir Path root) throws Exception {
        List<ImageFixture.Layer> layers = layers();
        String id = TarSplitFixture.layerStore(root, layers);
        Path diff = layerDir(root, layers, 2).resolve("diff");
        Files.writeString(diff, "sha256:" + "0".repeat(64));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> new LayerStoreImageSource(store(root), id).read(ProgressListener.NONE));
        assertTrue(e.getMessage().contains(diff.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("for layer 3"), e.getMessage());
    }

    @Test
    void aSymlinkedIndexIsNeverFollowed(@TempDir Path root, @TempDir Path elsewhere) throws Exception {
        List<ImageFixture.Layer> layers = layers();
        String id = TarSplitFixture.layerStore(root, layers);
        Path index = layerDir(root, layers, 1).resolve("tar-split.json.gz");
        Path moved = Files.move(index, elsewhere.resolve("tar-split.json.gz"));
        Files.createSymbolicLink(index, moved);
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> new LayerStoreImageSource(store(root), id).read(ProgressListener.NONE));
        assertTrue(e.getMessage().contains(index.toString()), e.getMessage());
    }

    @Test
    void aConfigThatDoesNotHashToTheIdIsRefused(@TempDir Path root) throws Exception {
        String id = TarSplitFixture.layerStore(root, layers());
        Path config = root.resolve("image/overlay2/imagedb/content/sha256").resolve(id.substring(7));
        Files.writeString(config, Files.readString(config).replace("amd64", "arm64"));
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> new LayerStoreImageSource(store(root), id).read(ProgressListener.NONE));
        assertTrue(e.getMessage().contains("does not hash to the image id"), e.getMessage());
    }

    @Test
    void aMissingIndexIsNamed(@TempDir Path root) throws Exception {
        List<ImageFixture.Layer> layers = layers();
        String id = TarSplitFixture.layerStore(root, layers);
        Path index = layerDir(root, layers, 0).resolve("tar-split.json.gz");
        Files.delete(index);
        DockscopeException e = assertThrows(DockscopeException.class,
                () -> new LayerStoreImageSource(store(root), id).read(ProgressListener.NONE));
        assertEquals("the layer store cannot be used: there is no " + index + ".", e.getMessage());
    }

    @Test
    void onlyALocalGraphDriverStoreIsUsable(@TempDir Path root) throws Exception {
        TarSplitFixture.layerStore(root, layers());
        assertTrue(LayerStoreImageSource.locate("tcp://127.0.0.1:2375", root.toString(), "overlay2", null).reason()
                .contains("not on a local unix socket"));
        assertTrue(LayerStoreImageSource.locate("unix:///run/docker.sock", root.toString(), "overlayfs",
                "io.containerd.snapshotter.v1").reason().contains("containerd image store"));
        assertTrue(LayerStoreImageSource.locate("unix:///run/docker.sock", root.toString(), "vfs", null).reason()
                .contains("there is no " + root.resolve("image/vfs")));
        assertTrue(LayerStoreImageSource.locate("unix:///run/docker.sock", root.toString(), "../etc", null).reason()
                .contains("no usable storage driver"));
        assertTrue(LayerStoreImageSource.locate("unix:///run/docker.sock", "relative/dir", "overlay2", null).reason()
                .contains("DockerRootDir"));
        // vfs, btrfs, zfs and fuse-overlayfs keep the same layout under their own name
        Files.move(root.resolve("image/overlay2"), root.resolve("image/btrfs"));
        assertNotNull(LayerStoreImageSource.locate("unix:///run/docker.sock", root.toString(), "btrfs", null).store());
    }

    static Path layerDir(Path root, List<ImageFixture.Layer> layers, int index) {
        List<String> diffIds = new ArrayList<>();
        for (ImageFixture.Layer l : layers) {
            diffIds.add(ImageFixture.sha256(l.tarBytes()));
        }
        return root.resolve("image/overlay2/layerdb/sha256")
                .resolve(LayerStoreImageSource.chainIds(diffIds).get(index).substring(7));
    }
}
