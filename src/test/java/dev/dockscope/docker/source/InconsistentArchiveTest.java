package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, case 13 (part): a config whose diff_ids disagree with the manifest's layers is reported on stderr. */
class InconsistentArchiveTest {
    @TempDir
    Path dir;

    private Path archive(int diffIds) throws Exception {
        return archive(diffIds, -1);
    }

    /** {@code diffIds} < 0: the real diff ids, with the one of layer {@code wrong} (0-based, -1 none) altered. */
    private Path archive(int diffIds, int wrong) throws Exception {
        ImageFixture.Archive a = new ImageFixture.Archive();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ImageFixture.Layer l = new ImageFixture.Layer("l" + i).file("f" + i, 10 + i);
            a.add("l" + i + "/layer.tar", l.blob());
            names.add("\"l" + i + "/layer.tar\"");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < diffIds; i++) {
            ids.add("\"sha256:" + String.format("%064x", i) + "\"");
        }
        for (int i = 0; diffIds < 0 && i < 3; i++) {
            byte[] tar = new ImageFixture.Layer("l" + i).file("f" + i, 10 + i).tarBytes();
            ids.add("\"" + (i == wrong ? "sha256:" + "0".repeat(64) : ImageFixture.sha256(tar)) + "\"");
        }
        a.add("c.json", "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":["
                + String.join(",", ids) + "]}}");
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":[\"app:1\"],\"Layers\":[" + String.join(",", names)
                + "]}]");
        Path f = dir.resolve("a" + diffIds + "-" + wrong + ".tar");
        Files.write(f, a.bytes());
        return f;
    }

    @Test
    void noDiffIdsForThreeLayersIsReportedAndThreeAreCounted() throws Exception {
        Cli.Result r = Cli.create().run("image", "--archive", archive(0).toString(), "--color", "never");
        r.assertExit(0);
        assertTrue(r.err().contains("lists 0 diff_ids but the manifest 3 layers"), r.describe());
    }

    @Test
    void fortyDiffIdsForThreeLayersIsReported() throws Exception {
        Cli.Result r = Cli.create().run("image", "--archive", archive(40).toString(), "--color", "never");
        r.assertExit(0);
        assertTrue(r.err().contains("lists 40 diff_ids but the manifest 3 layers"), r.describe());
    }

    @Test
    void theLayerCountComesFromTheManifestWhateverTheConfigLists() throws Exception {
        for (int ids : new int[] {0, 40}) {
            Cli.Result r = Cli.create().run("image", "--archive", archive(ids).toString(), "--color", "never");
            r.assertExit(0);
            assertTrue(r.out().contains("in 3 layers"), r.describe());
        }
    }

    @Test
    void aLayerWhoseBytesAreNotItsDiffIdIsReported() throws Exception {
        Cli.Result r = Cli.create().run("image", "--archive", archive(-1, 1).toString(), "--color", "never");
        r.assertExit(0);
        assertTrue(r.err().contains("layer 2 of 3 reads as sha256:"), r.describe());
        assertTrue(r.err().contains("but the config's diff_id for it is sha256:000000000000"), r.describe());
        assertFalse(r.err().contains("layer 1 of 3 reads as"), r.describe());
        assertFalse(r.err().contains("layer 3 of 3 reads as"), r.describe());
    }

    @Test
    void anArchiveWhoseLayersMatchTheirDiffIdsSaysNothing() throws Exception {
        Cli.Result r = Cli.create().run("image", "--archive", archive(-1, -1).toString(), "--color", "never", "--files");
        r.assertExit(0);
        assertFalse(r.err().contains("reads as"), r.describe());
        assertFalse(r.err().contains("diff_id"), r.describe());
    }
}
