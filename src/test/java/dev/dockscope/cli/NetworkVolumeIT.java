package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code dockscope network} and {@code dockscope volume} against real objects: an internal network with three
 * containers and aliases, a container on none, named, anonymous and dangling volumes, a bind mount and tmpfs.
 */
@ExtendWith(DaemonExtension.class)
class NetworkVolumeIT {
    static String net;
    static String a;
    static String b;
    static String c;
    static String lonely;
    static String named;
    static String dangling;

    @BeforeAll
    static void objects() {
        String image = TestDaemon.baseImage();
        net = TestDaemon.name("net");
        named = TestDaemon.name("data");
        dangling = TestDaemon.name("dangling");
        a = TestDaemon.name("net-a");
        b = TestDaemon.name("net-b");
        c = TestDaemon.name("net-c");
        lonely = TestDaemon.name("none");
        TestDaemon.track("network", net);
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=1", "--subnet",
                "172.29.7.0/24", net);
        for (String v : new String[] {named, dangling}) {
            TestDaemon.track("volume", v);
            TestDaemon.docker("volume", "create", "--label", TestDaemon.LABEL + "=1", v);
        }
        TestDaemon.track("container", a);
        TestDaemon.docker("run", "-d", "--name", a, "--label", TestDaemon.LABEL + "=1", "--network", net,
                "--network-alias", "alpha", "--network-alias", "first", "-v", named + ":/data",
                "-v", "/etc:/host-etc:ro", "--tmpfs", "/scratch:size=1m", image, "sleep", "600");
        TestDaemon.track("container", b);
        TestDaemon.docker("run", "-d", "--name", b, "--label", TestDaemon.LABEL + "=1", "--network", net,
                "-v", named + ":/shared:ro", "-v", "/anon", image, "sleep", "600");
        TestDaemon.track("container", c);
        TestDaemon.docker("run", "-d", "--name", c, "--label", TestDaemon.LABEL + "=1", "--network", net, image,
                "sleep", "600");
        TestDaemon.track("container", lonely);
        TestDaemon.docker("run", "-d", "--name", lonely, "--label", TestDaemon.LABEL + "=1", "--network", "none",
                image, "sleep", "600");
        // something in the dangling volume, written by a container that is gone again
        TestDaemon.docker("run", "--rm", "-v", dangling + ":/d", image, "sh", "-c", "head -c 50000 /dev/zero > /d/f");
    }

    @Test
    void listCountsContainersPerNetwork() throws Exception {
        Cli.Result r = Cli.create().run("network", "-o", "json");
        r.assertExit(0);
        JsonNode rows = Json.MAPPER.readTree(r.out()).path("networks");
        JsonNode mine = find(rows, "name", net);
        assertEquals("bridge", mine.path("driver").asText(), r.describe());
        assertTrue(mine.path("internal").asBoolean(), r.describe());
        assertEquals(3, mine.path("containers").asInt(), r.describe());
        assertEquals("172.29.7.0/24", mine.at("/subnets/0/subnet").asText(), r.describe());
        assertTrue(find(rows, "name", "none").path("builtIn").asBoolean(), r.describe());
        assertEquals("network", Json.MAPPER.readTree(r.out()).at("/concepts/0").asText());

        Cli.Result text = Cli.create().run("network", "--color", "never", "--width", "80");
        text.assertExit(0);
        assertTrue(text.out().contains("no network at all: a container gets only its loopback interface"), text.describe());
        assertTrue(text.out().contains("subnet 172.29.7.0/24"), text.describe());
    }

    @Test
    void oneNetworkAgreesWithInspect() throws Exception {
        Cli.Result r = Cli.create().run("network", net, "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        String id = TestDaemon.docker("network", "inspect", "--format", "{{.Id}}", net);
        assertEquals("br-" + id.substring(0, 12), v.path("bridgeInterface").asText(), r.describe());
        assertEquals("INTERNAL", v.path("reach").asText(), r.describe());
        assertTrue(v.path("resolvesByName").asBoolean(), r.describe());
        assertEquals(3, v.path("containers").size(), r.describe());
        JsonNode ma = find(v.path("containers"), "name", a);
        String ip = TestDaemon.docker("inspect", "--format", "{{(index .NetworkSettings.Networks \"" + net
                + "\").IPAddress}}", a);
        String mac = TestDaemon.docker("inspect", "--format", "{{(index .NetworkSettings.Networks \"" + net
                + "\").MacAddress}}", a);
        assertEquals(ip + "/24", ma.path("ipv4Address").asText(), r.describe());
        assertEquals(mac, ma.path("macAddress").asText(), r.describe());
        assertTrue(ma.path("aliases").toString().contains("alpha") && ma.path("aliases").toString().contains("first"),
                r.describe());
    }

    @Test
    void diagramFitsEveryWidthAndAsciiHasNoBoxDrawing() {
        for (int width : new int[] {120, 80, 60}) {
            for (boolean ascii : new boolean[] {false, true}) {
                Cli.Result r = ascii
                        ? Cli.create().run("network", net, "--color", "never", "--width", "" + width, "--ascii")
                        : Cli.create().run("network", net, "--color", "never", "--width", "" + width);
                r.assertExit(0);
                for (String line : r.out().split("\n")) {
                    assertTrue(TextWidth.of(line) <= width, "wider than " + width + ": " + line + r.describe());
                    if (ascii) {
                        assertTrue(line.chars().allMatch(ch -> ch < 0x80), "not ASCII: " + line + r.describe());
                    }
                }
                assertTrue(r.out().contains(a) || r.out().contains(a.substring(0, 10)), r.describe());
                assertTrue(r.out().contains("internal: no route out"), r.describe());
            }
        }
        // three boxes side by side at 80 columns, wrapped into two rows at 60
        Cli.Result wide = Cli.create().run("network", net, "--color", "never", "--width", "80");
        Cli.Result narrow = Cli.create().run("network", net, "--color", "never", "--width", "60");
        assertEquals(1, busLines(wide.out()), wide.describe());
        assertEquals(2, busLines(narrow.out()), narrow.describe());
    }

    @Test
    void containerOnNoneHasOnlyLoopback() throws Exception {
        Cli.Result r = Cli.create().run("network", "none", "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        assertEquals("NONE", v.path("kind").asText(), r.describe());
        assertEquals("NO_INTERFACE", v.path("reach").asText(), r.describe());
        assertFalse(find(v.path("containers"), "name", lonely).isMissingNode(), r.describe());
        Cli.Result text = Cli.create().run("network", "none", "--color", "never", "--width", "80");
        assertTrue(text.out().contains("lo 127.0.0.1"), text.describe());
    }

    @Test
    void unknownNetworkIsNotFound() {
        Cli.Result r = Cli.create().run("network", TestDaemon.name("no-such-net"));
        r.assertExit(4);
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void volumesWithUsersDanglingAnonymousBindsAndTmpfs() throws Exception {
        Cli.Result r = Cli.create().run("volume", "-o", "json");
        r.assertExit(0);
        JsonNode o = Json.MAPPER.readTree(r.out());
        JsonNode n = find(o.path("volumes"), "name", named);
        assertFalse(n.path("dangling").asBoolean(), r.describe());
        assertFalse(n.path("anonymous").asBoolean(), r.describe());
        assertEquals(2, n.path("usedBy").size(), r.describe());
        JsonNode byB = find(n.path("usedBy"), "container", b);
        assertEquals("/shared", byB.path("destination").asText(), r.describe());
        assertTrue(byB.path("readOnly").asBoolean(), r.describe());
        JsonNode d = find(o.path("volumes"), "name", dangling);
        assertTrue(d.path("dangling").asBoolean(), r.describe());
        long size = d.path("size").asLong();
        assertTrue(size >= 50_000 && size < 60_000, "50 000 bytes written: " + size + r.describe());
        String anon = TestDaemon.docker("inspect", "--format",
                "{{range .Mounts}}{{if eq .Destination \"/anon\"}}{{.Name}}{{end}}{{end}}", b);
        JsonNode an = find(o.path("volumes"), "name", anon);
        assertTrue(an.path("anonymous").asBoolean(), r.describe());
        assertEquals(b, an.at("/usedBy/0/container").asText(), r.describe());
        JsonNode bind = find(o.path("binds"), "container", a);
        assertEquals("/etc", bind.path("source").asText(), r.describe());
        assertTrue(bind.path("readOnly").asBoolean(), r.describe());
        JsonNode tmpfs = find(o.path("tmpfs"), "container", a);
        assertEquals("/scratch", tmpfs.path("destination").asText(), r.describe());
        assertEquals("size=1m", tmpfs.path("options").asText(), r.describe());
        assertTrue(o.path("danglingBytes").asLong() >= 50_000, r.describe());

        Cli.Result text = Cli.create().run("volume", "--color", "never", "--width", "60");
        text.assertExit(0);
        for (String line : text.out().split("\n")) {
            assertTrue(TextWidth.of(line) <= 60, line + text.describe());
        }
        assertTrue(text.out().contains("BIND MOUNTS") && text.out().contains("TMPFS"), text.describe());
    }

    @Test
    void oneVolumeTellsWhatSurvives() throws Exception {
        Cli.Result r = Cli.create().run("volume", named, "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        assertEquals(TestDaemon.docker("volume", "inspect", "--format", "{{.Mountpoint}}", named),
                v.path("mountpoint").asText(), r.describe());
        Map<String, String> story = new HashMap<>();
        v.path("story").forEach(f -> story.put(f.path("action").asText(), f.path("outcome").asText()));
        assertEquals("KEPT", story.get("docker rm"), r.describe());
        assertEquals("KEPT", story.get("docker rm -v"), "a named volume survives rm -v" + r.describe());
        assertEquals("NOT_APPLICABLE", story.get("docker compose down -v"), r.describe());
        assertEquals("KEPT", story.get("docker volume prune"), "in use" + r.describe());

        Cli.Result d = Cli.create().run("volume", dangling, "--color", "never", "--width", "200");
        d.assertExit(0);
        // Engine 20.10 (API 1.41): prune still removes unused named volumes
        assertTrue(d.out().contains("before Engine 23 prune removes every unused volume"), d.describe());
        assertTrue(d.out().contains("this volume is dangling"), d.describe());
        Cli.Result missing = Cli.create().run("volume", TestDaemon.name("no-such-volume"));
        missing.assertExit(4);
    }

    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + "=" + value + " in " + array);
    }

    /** Lines of the bridge bus ({@code ═══╤═…}): one per row of boxes. */
    static int busLines(String s) {
        int n = 0;
        for (String line : s.split("\n")) {
            if (line.startsWith("  ═══╤")) {
                n++;
            }
        }
        return n;
    }
}
