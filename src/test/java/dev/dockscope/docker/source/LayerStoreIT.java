package dev.dockscope.docker.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.StoreEquivalence;
import dev.dockscope.support.TestDaemon;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code --files} through the daemon's layer store on the real daemon: the same numbers as the export on an image with
 * every kind of change, and the fallbacks (tcp://, a layer folder this process may not read, a damaged index).
 */
@ExtendWith(DaemonExtension.class)
class LayerStoreIT {
    static final String LONG = "/long/" + "d".repeat(110) + "/" + "n".repeat(140);
    static final String ALL = TestDaemon.name("store-all") + ":1";

    @BeforeAll
    static void build() {
        TestDaemon.build(ALL, String.join("\n",
                "FROM " + TestDaemon.BASE,
                "RUN mkdir -p /opt/keep /opt/gone /data/sub " + LONG.substring(0, LONG.lastIndexOf('/'))
                        + " && head -c 30000 /dev/urandom > /opt/keep/a && head -c 20000 /dev/zero > /opt/gone/b"
                        + " && echo c > /data/sub/c && ln /opt/keep/a /opt/keep/hard && ln -s /opt/keep/a /opt/keep/soft"
                        + " && echo deep > " + LONG,
                "RUN true",
                "RUN rm -rf /opt/gone && head -c 40000 /dev/zero > /opt/keep/a",
                "RUN rm -rf /data && mkdir -p /data && echo new > /data/d",
                "RUN chmod 600 /opt/keep/hard",
                "ENV X=1",
                "COPY files/ /srv/", ""),
                Map.of("files/one.txt", "one\n", "files/two/" + "t".repeat(120) + ".txt", "two\n"));
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void storeAndExportAgreeOnEveryKindOfChange() throws Exception {
        JsonNode store = StoreEquivalence.files(ALL, "store");
        JsonNode export = StoreEquivalence.files(ALL, "export");
        assertEquals(export.toPrettyString(), store.toPrettyString());
        // the image really has what the comparison is about
        assertTrue(store.at("/reclaimable/deletedBytes").asLong() >= 20_000, store.toPrettyString());
        assertTrue(store.at("/reclaimable/overwrittenBytes").asLong() >= 30_000, store.toPrettyString());
        boolean emptyLayer = false;
        boolean opaqueRemoval = false;
        for (JsonNode l : store.get("layers")) {
            JsonNode f = l.get("files");
            // a step that changed nothing is an empty layer: in the history, with no tar in the store or the export
            emptyLayer |= l.get("instruction").asText().equals("RUN true") && l.get("empty").asBoolean() && f.isNull();
            if (f.isNull()) {
                continue;
            }
            opaqueRemoval |= l.get("instruction").asText().startsWith("RUN rm -rf /data")
                    && f.at("/removed/files").asInt() >= 1;
        }
        assertTrue(emptyLayer, "RUN true is an empty layer");
        assertTrue(opaqueRemoval, "the opaque /data hid /data/sub/c");
    }

    @Test
    void pathAndCiReadTheStoreToo() throws Exception {
        Cli.Result path = Cli.create().run("image", ALL, "--path", "/long/**", "-o", "json");
        path.assertExit(0);
        assertTrue(path.out().contains("\"" + LONG + "\""), path.describe());
        assertEquals("store", json(path).get("source").asText(), path.describe());
        Cli.Result viaStore = Cli.create().run("image", ALL, "--path", "/opt/**", "-o", "json", "--source", "store");
        Cli.Result viaExport = Cli.create().run("image", ALL, "--path", "/opt/**", "-o", "json", "--source", "export");
        assertEquals(json(viaExport.assertExit(0)).get("paths"), json(viaStore.assertExit(0)).get("paths"));
        Cli.Result ci = Cli.create().run("image", ALL, "--ci", "--lowest-efficiency", "0.01",
                "--highest-user-wasted-percent", "off", "-o", "json");
        ci.assertExit(0);
        assertEquals("store", json(ci).get("source").asText(), ci.describe());
        Cli.Result text = Cli.create().run("image", ALL, "--files", "--color", "never");
        text.assertExit(0);
        assertTrue(text.out().contains("read from the daemon's layer store "), text.describe());
        assertEquals("", text.err(), text.describe());
    }

    @Test
    void aTcpEndpointReadsTheExportAndSaysWhy() throws Exception {
        String tcp = System.getProperty("it.docker.tcp", "");
        Assumptions.assumeTrue(tcp.startsWith("tcp://127.0.0.1:"), "no loopback tcp endpoint given (it.docker.tcp)");
        Cli.Result r = Cli.create().run("image", TestDaemon.BASE, "--files", "-o", "json", "--host", tcp);
        r.assertExit(0);
        JsonNode doc = json(r);
        assertEquals("export", doc.get("source").asText(), r.describe());
        assertTrue(doc.get("sourceNote").asText().contains("not on a local unix socket"), r.describe());
        Cli.Result strict = Cli.create().run("image", TestDaemon.BASE, "--files", "--source", "store", "--host", tcp);
        strict.assertExit(2);
        assertTrue(strict.err().contains("--source store: the layer store cannot be used: the daemon is at " + tcp),
                strict.describe());
    }

    @Test
    void aLayerFolderThisProcessMayNotReadFallsBackToTheExport() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "needs setpriv (util-linux)");
        Assumptions.assumeTrue("0".equals(uid()), "needs root (to lock a folder of the daemon's own store)");
        String ref = unique("locked");
        Path dir = topLayerFolder(ref);
        var before = Files.getPosixFilePermissions(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("---------"));
        try {
            // as root without the capabilities that bypass file modes: what a user outside the owner sees
            Proc p = dockscopeWithoutDacOverride("image", ref, "--files", "-o", "json");
            assertEquals(0, p.code, p.toString());
            JsonNode doc = Json.MAPPER.readTree(p.out);
            assertEquals("export", doc.get("source").asText(), p.toString());
            assertTrue(doc.get("sourceNote").asText().contains("may not read " + dir), p.toString());
            Proc strict = dockscopeWithoutDacOverride("image", ref, "--files", "--source", "store");
            assertEquals(2, strict.code, strict.toString());
            assertTrue(strict.err.contains("may not read " + dir), strict.toString());
        } finally {
            Files.setPosixFilePermissions(dir, before);
        }
    }

    @Test
    void aDamagedIndexFallsBackInAutoAndIsAnErrorWithSourceStore() throws Exception {
        String ref = unique("damaged");
        Path index = topLayerFolder(ref).resolve("tar-split.json.gz");
        byte[] original = Files.readAllBytes(index);
        try {
            // lines renumbered: the daemon's own reassembly ignores positions (its export still works), ours refuses
            List<String> lines = new ArrayList<>(Arrays.asList(new String(new GZIPInputStream(
                    new ByteArrayInputStream(original)).readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            lines.set(1, lines.get(1).replace("\"position\":1", "\"position\":5"));
            Files.write(index, TarSplitFixture.gzip(lines));
            Cli.Result auto = Cli.create().run("image", ref, "--files", "-o", "json");
            auto.assertExit(0);
            JsonNode doc = json(auto);
            assertEquals("export", doc.get("source").asText(), auto.describe());
            assertTrue(doc.get("sourceNote").asText().contains(index + ": position 5 where 1 was expected"),
                    auto.describe());
            Cli.Result text = Cli.create().run("image", ref, "--files", "--color", "never");
            text.assertExit(0);
            assertTrue(text.err().contains("note: the layer store cannot be used: " + index), text.describe());
            assertTrue(text.out().contains("read from the daemon's export stream; the faster layer store was not used"),
                    text.describe());

            Files.write(index, Arrays.copyOf(original, original.length / 2));
            Cli.Result strict = Cli.create().run("image", ref, "--files", "--source", "store");
            strict.assertExit(2);
            assertTrue(strict.err().contains(index.toString()), strict.describe());
            assertTrue(strict.err().contains("gzip"), strict.describe());
        } finally {
            Files.write(index, original);
        }
    }

    /** An image whose top layer no other image shares. */
    private static String unique(String what) {
        String ref = TestDaemon.name(what) + ":1";
        TestDaemon.build(ref, "FROM " + TestDaemon.BASE + "\nRUN echo " + UUID.randomUUID() + " > /u && mkdir /w"
                + " && echo w > /w/x\n", Map.of());
        return ref;
    }

    private static Path topLayerFolder(String ref) throws Exception {
        String root = TestDaemon.docker("info", "--format", "{{.DockerRootDir}}");
        String driver = TestDaemon.docker("info", "--format", "{{.Driver}}");
        JsonNode layers = Json.MAPPER.readTree(TestDaemon.docker("image", "inspect", "--format",
                "{{json .RootFS.Layers}}", ref));
        List<String> diffIds = new ArrayList<>();
        layers.forEach(l -> diffIds.add(l.asText()));
        List<String> chains = LayerStoreImageSource.chainIds(diffIds);
        Path dir = Path.of(root, "image", driver, "layerdb", "sha256", chains.get(chains.size() - 1).substring(7));
        assertEquals(diffIds.get(diffIds.size() - 1), Files.readString(dir.resolve("diff")).strip());
        return dir;
    }

    private static String uid() {
        try {
            return String.valueOf(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (Exception e) {
            return "?";
        }
    }

    record Proc(int code, String out, String err) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    private static Proc dockscopeWithoutDacOverride(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/setpriv", "--bounding-set", "-dac_override,-dac_read_search",
                "--", ProcessHandle.current().info().command().orElse("java"), "-cp",
                System.getProperty("java.class.path"), "dev.dockscope.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("DOCKER_HOST", TestDaemon.host());
        pb.environment().remove("DOCKER_CONTEXT");
        Path out = Files.createTempFile("dsit-out", ".txt");
        Path err = Files.createTempFile("dsit-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("dockscope " + String.join(" ", args) + " timed out");
        }
        Proc r = new Proc(p.exitValue(), Files.readString(out), Files.readString(err));
        Files.delete(out);
        Files.delete(err);
        return r;
    }
}
