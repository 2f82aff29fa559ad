package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, case 9: the REF given with --archive must name an image the archive holds (exit 4 listing them);
 * without REF, a multi-image archive says which image it shows and which others it has.
 */
class ArchiveRefTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** Two images in one docker save archive: their manifest entries share nothing but the file. */
    private static byte[] twoImages() {
        ImageFixture.Archive a = new ImageFixture.Archive();
        List<String> n1 = new java.util.ArrayList<>();
        String c1 = ImageFixture.writeImage(a, List.of(new ImageFixture.Layer("py").file("usr/bin/python3", 10)),
                "amd64", n1).split("\\|")[2];
        List<String> n2 = new java.util.ArrayList<>();
        String c2 = ImageFixture.writeImage(a, List.of(new ImageFixture.Layer("node").file("usr/bin/node", 20)),
                "amd64", n2).split("\\|")[2];
        a.add("manifest.json", "[{\"Config\":\"blobs/sha256/" + c1 + "\",\"RepoTags\":[\"py:3.12\"],\"Layers\":[\""
                + n1.get(0) + "\"]},{\"Config\":\"blobs/sha256/" + c2 + "\",\"RepoTags\":[\"adv-node:1\"],\"Layers\":[\""
                + n2.get(0) + "\"]}]");
        return a.bytes();
    }

    @Test
    void aRefTheArchiveDoesNotHoldIsNotFoundListingWhatItHolds() throws Exception {
        Path f = write("py.tar", ImageFixture.legacy(ImageFixture.reference(), "py:3.12"));
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "adv-node:1", "--color", "never");
        r.assertExit(4);
        assertTrue(r.err().contains("has no image adv-node:1"), r.describe());
        assertTrue(r.err().contains("py:3.12"), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void aRefNotInAnOciLayoutIsNotFoundToo() throws Exception {
        Path f = write("oci.tar", ImageFixture.oci(ImageFixture.reference(), "py:3.12", true, false));
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "adv-node:1", "--color", "never");
        r.assertExit(4);
        assertTrue(r.err().contains("py:3.12"), r.describe());
    }

    @Test
    void aRefPicksItsImageFromAMultiImageArchive() throws Exception {
        Path f = write("two.tar", twoImages());
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "adv-node:1", "--files", "--color",
                "never");
        r.assertExit(0);
        assertTrue(r.out().contains("usr/bin/node") || r.out().contains("node"), r.describe());
        assertTrue(!r.out().contains("python3"), r.describe());
    }

    @Test
    void withoutRefAMultiImageArchiveSaysWhichItShowsAndListsTheOthers() throws Exception {
        Path f = write("two.tar", twoImages());
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "--color", "never");
        r.assertExit(0);
        assertTrue(r.err().contains("holds 2 images; showing the first, py:3.12"), r.describe());
        assertTrue(r.err().contains("adv-node:1"), r.describe());
    }

    @Test
    void aSingleImageArchiveWithoutRefSaysNothing() throws Exception {
        Path f = write("py.tar", ImageFixture.legacy(ImageFixture.reference(), "py:3.12"));
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "--color", "never");
        r.assertExit(0);
        assertEquals("", r.err(), r.describe());
    }
}
