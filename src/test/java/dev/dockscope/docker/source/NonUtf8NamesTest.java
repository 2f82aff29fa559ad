package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, case 12: a file name that is not UTF-8 (Latin-1 café) is read as bytes, shown escaped, kept distinct. */
class NonUtf8NamesTest {
    @TempDir
    Path dir;

    @Test
    void aLatin1NameIsShownEscapedAndKeptApartFromItsUtf8Twin() throws Exception {
        ByteArrayOutputStream layer = new ByteArrayOutputStream();
        HostileArchiveTest.rawEntry(layer, new byte[] {'c', 'a', 'f', (byte) 0xe9}, '0', new byte[3]);
        HostileArchiveTest.rawEntry(layer, "café".getBytes(StandardCharsets.UTF_8), '0', new byte[5]);
        layer.write(new byte[1024]);
        ImageFixture.Archive a = new ImageFixture.Archive();
        a.add("l/layer.tar", layer.toByteArray());
        a.add("c.json", "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}");
        a.add("manifest.json", "[{\"Config\":\"c.json\",\"RepoTags\":[\"app:1\"],\"Layers\":[\"l/layer.tar\"]}]");
        Path f = dir.resolve("latin1.tar");
        Files.write(f, a.bytes());
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "--files", "--path", "caf*", "-o", "json");
        r.assertExit(0);
        assertTrue(r.out().contains("caf\\\\xe9"), r.describe());
        assertTrue(r.out().contains("café"), r.describe());
        assertEquals("", r.err(), r.describe());
    }
}
