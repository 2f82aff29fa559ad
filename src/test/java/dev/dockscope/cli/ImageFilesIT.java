package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockscope image --files}: the daemon's export stream and a saved archive, on an image with known waste. */
@ExtendWith(DaemonExtension.class)
class ImageFilesIT {
    static final String WASTE = TestDaemon.name("waste") + ":1";
    static final long DELETED = 200_000;
    static final long OVERWRITTEN = 50_000;

    @BeforeAll
    static void build() {
        TestDaemon.build(WASTE, String.join("\n",
                "FROM " + TestDaemon.BASE,
                "RUN mkdir -p /opt /data && head -c " + DELETED + " /dev/zero > /opt/big.bin",
                "RUN rm /opt/big.bin",
                "RUN head -c " + OVERWRITTEN + " /dev/zero > /data/x",
                "RUN head -c 70000 /dev/zero > /data/x", ""), Map.of());
    }

    /** The first layer whose instruction starts with {@code prefix}. */
    private static JsonNode layer(JsonNode img, String prefix) {
        for (JsonNode l : img.get("layers")) {
            if (l.get("instruction").asText().startsWith(prefix)) {
                return l;
            }
        }
        throw new AssertionError("no layer " + prefix + " in " + img.get("layers"));
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void daemonStreamFindsExactlyTheDeletedAndOverwrittenBytes() throws Exception {
        Cli.Result r = Cli.create().run("image", WASTE, "--files", "-o", "json");
        r.assertExit(0);
        JsonNode img = json(r);
        assertEquals(DELETED, img.at("/reclaimable/deletedBytes").asLong(), r.describe());
        assertEquals(OVERWRITTEN, img.at("/reclaimable/overwrittenBytes").asLong(), r.describe());
        assertEquals(DELETED + OVERWRITTEN, img.get("reclaimableBytes").asLong(), r.describe());
        // dive counts every copy of a path seen in two or more layers: both /data/x copies, and /opt/big.bin's
        // bytes once (a whiteout of a file counts 0), plus the busybox --install symlinks (0 bytes)
        assertTrue(img.get("wastedBytes").asLong() >= OVERWRITTEN + 70_000, r.describe());
        assertTrue(img.get("efficiency").asDouble() > 0 && img.get("efficiency").asDouble() < 1, r.describe());
        JsonNode rmLayer = layer(img, "RUN rm /opt/big.bin");
        assertEquals(1, rmLayer.at("/files/removed/files").asInt(), r.describe());
        assertTrue(layer(img, "RUN mkdir -p /opt /data").at("/files/added/bytes").asLong() >= DELETED, r.describe());
        assertTrue(layer(img, "CMD").get("files").isNull(), "metadata step has no files: " + r.describe());
    }

    @Test
    void savedArchiveGivesTheSameNumbersAsTheStream(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("waste.tar");
        TestDaemon.docker("save", "-o", tar.toString(), WASTE);
        JsonNode fromDaemon = json(Cli.create().run("image", WASTE, "--files", "-o", "json").assertExit(0));
        Cli.Result r = Cli.create().env("DOCKER_HOST", "unix:///nonexistent.sock")
                .run("image", "--archive", tar.toString(), "--files", "-o", "json");
        r.assertExit(0);
        JsonNode fromArchive = json(r);
        for (String field : List.of("efficiency", "wastedBytes", "userWastedPercent", "reclaimableBytes")) {
            assertEquals(fromDaemon.get(field), fromArchive.get(field), field + r.describe());
        }
        assertEquals(fromDaemon.get("id"), fromArchive.get("id"), r.describe());
        // sizes: counted as Docker counts them (symlink targets included), so the archive agrees with the daemon
        assertEquals(fromDaemon.get("size").asLong(), fromArchive.get("size").asLong(), r.describe());
        assertEquals(fromDaemon.get("layers").size(), fromArchive.get("layers").size(), r.describe());
        for (int i = 0; i < fromDaemon.get("layers").size(); i++) {
            assertEquals(fromDaemon.get("layers").get(i).get("size"), fromArchive.get("layers").get(i).get("size"),
                    "layer " + i + r.describe());
        }
    }

    @Test
    void archiveFromStdin(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("waste.tar");
        TestDaemon.docker("save", "-o", tar.toString(), WASTE);
        Cli.Result r = Cli.create().stdin(Files.readAllBytes(tar)).run("image", "--archive", "-", "--files", "-o", "json");
        r.assertExit(0);
        assertEquals(DELETED + OVERWRITTEN, json(r).get("reclaimableBytes").asLong(), r.describe());
        // the same save as a file is read by position (headers only, hashes on other threads, content checksums only
        // for overwritten paths): the whole document is the stream's, but for the name of what was read
        Cli.Result f = Cli.create().run("image", "--archive", tar.toString(), "--files", "--path", "/data/*", "-o",
                "json").assertExit(0);
        Cli.Result s = Cli.create().stdin(Files.readAllBytes(tar)).run("image", "--archive", "-", "--files", "--path",
                "/data/*", "-o", "json").assertExit(0);
        ObjectNode fromFile = (ObjectNode) json(f);
        ObjectNode fromStdin = (ObjectNode) json(s);
        assertTrue(fromFile.get("paths").size() > 0, f.describe());
        String named = fromFile.toPrettyString().replace("the archive " + tar, "the archive on stdin");
        assertEquals(fromStdin.toPrettyString(), named);
    }

    @Test
    void ciGateFailsOnReclaimableBytesAndWritesJunit(@TempDir Path dir) throws Exception {
        Path junit = dir.resolve("ci.xml");
        Cli.Result r = Cli.create().run("image", WASTE, "--ci", "--highest-reclaimable-bytes", "100kB",
                "--lowest-efficiency", "off", "--highest-user-wasted-percent", "off", "--junit", junit.toString(),
                "--color", "never");
        r.assertExit(1);
        assertTrue(r.out().contains("FAIL"), r.describe());
        assertTrue(r.out().contains("highestReclaimableBytes"), r.describe());
        String xml = Files.readString(junit);
        assertTrue(xml.contains("<failure"), xml);
    }

    @Test
    void ciGatePassesWithGenerousThresholds() throws Exception {
        Cli.Result r = Cli.create().run("image", WASTE, "--ci", "--highest-reclaimable-bytes", "1MB",
                "--lowest-efficiency", "0.01", "--highest-user-wasted-percent", "disabled", "-o", "json");
        r.assertExit(0);
        JsonNode ci = json(r).get("ci");
        assertTrue(ci.get("pass").asBoolean(), r.describe());
    }

    @Test
    void pathQueryNamesTheLayersThatTouchedAFile() throws Exception {
        Cli.Result r = Cli.create().run("image", WASTE, "--path", "/data/x", "--color", "never");
        r.assertExit(0);
        assertTrue(r.out().contains("/data/x"), r.describe());
        assertTrue(r.out().contains("RUN head -c 70000 /dev/zero > /data/x"), r.describe());
    }

    @Test
    void corruptArchiveIsAUsageErrorNotAStackTrace(@TempDir Path dir) throws Exception {
        Path tar = dir.resolve("bad.tar");
        Files.write(tar, new byte[] {1, 2, 3, 4, 5});
        Cli.Result r = Cli.create().run("image", "--archive", tar.toString());
        r.assertExit(2);
        assertFalse(r.err().contains("\tat "), r.describe());
    }
}
