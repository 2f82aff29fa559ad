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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code dockscope container} against real containers: limits, caps, mounts, networks, exit codes, OOM, restarts. */
@ExtendWith(DaemonExtension.class)
class ContainerIT {
    static String limited;
    static String plain;
    static String killed;
    static String created;
    static String restarting;
    static String network;
    static String volume;

    @BeforeAll
    static void containers() throws Exception {
        String base = TestDaemon.baseImage();
        network = TestDaemon.name("inet");
        TestDaemon.track("network", network);
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=1", network);
        volume = TestDaemon.name("data");
        TestDaemon.track("volume", volume);
        TestDaemon.docker("volume", "create", "--label", TestDaemon.LABEL + "=1", volume);
        Path bind = Files.createTempDirectory("dsit-bind");

        limited = run("limited", "--memory", "64m", "--cpus", "0.5", "--pids-limit", "50", "--read-only",
                "--cap-drop", "ALL", "--cap-add", "NET_BIND_SERVICE", "-v", volume + ":/data",
                "-v", bind + ":/host:ro", "--tmpfs", "/run", "--network", network, "--network-alias", "api",
                "--expose", "8080", "--restart", "unless-stopped", base, "sh", "-c",
                "trap 'exit 0' TERM; while true; do sleep 1; done");
        plain = run("plain", base, "sh", "-c", "trap 'exit 0' TERM; while true; do sleep 1; done");
        killed = run("killed", base, "sh", "-c",
                "mkdir -p /var/log/app && echo hello > /var/log/app/out.log && echo x > /etc/motd && sleep 600");
        waitFor(() -> TestDaemon.docker("exec", killed, "cat", "/etc/motd").equals("x"));
        TestDaemon.docker("kill", killed);
        created = TestDaemon.name("created");
        TestDaemon.track("container", created);
        TestDaemon.docker("create", "--name", created, "--label", TestDaemon.LABEL + "=1", base, "true");
        restarting = run("restarts", "--restart", "on-failure:2", base, "sh", "-c", "exit 3");
        waitFor(() -> TestDaemon.docker("inspect", "--format", "{{.RestartCount}} {{.State.Running}}", restarting)
                .equals("2 false"));
    }

    static String run(String what, String... args) {
        String name = TestDaemon.name(what);
        TestDaemon.track("container", name);
        List<String> cmd = new ArrayList<>(List.of("run", "-d", "--name", name, "--label", TestDaemon.LABEL + "=1"));
        cmd.addAll(List.of(args));
        TestDaemon.docker(cmd.toArray(String[]::new));
        return name;
    }

    static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError retry) {
                // not yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("condition not reached in 30 s");
    }

    static JsonNode json(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("container"));
        a.addAll(List.of(args));
        a.addAll(List.of("-o", "json"));
        Cli.Result r = Cli.create().run(a.toArray(String[]::new));
        r.assertExit(0);
        assertTrue(r.err().isEmpty(), r.describe());
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void limitsAgreeWithDockerInspect() throws Exception {
        JsonNode j = json(limited);
        assertEquals(TestDaemon.docker("inspect", "--format", "{{.Id}}", limited), j.path("id").asText());
        JsonNode limits = j.at("/isolation/limits");
        assertEquals(67108864L, limit(limits, "memory").path("limit").asLong());
        assertTrue(limit(limits, "memory").path("set").asBoolean());
        assertEquals(500_000_000L, limit(limits, "cpu").path("limit").asLong());
        assertEquals(50, limit(limits, "pids").path("limit").asLong());
        assertTrue(j.at("/isolation/sampled").asBoolean(), "a running container has a stats sample");
        long used = limit(limits, "memory").path("usage").asLong();
        assertTrue(used > 0 && used < 67108864L, "memory in use under the limit: " + used);
        assertTrue(limit(limits, "pids").path("usage").asLong() >= 1);
        assertEquals("running", j.at("/what/state/status").asText());
        assertEquals("unless-stopped", j.at("/what/state/restartPolicy").asText());
        assertEquals(List.of("container"), strings(j.at("/what/concepts")));
        assertEquals(List.of("namespace-cgroup"), strings(j.at("/isolation/concepts")));
    }

    @Test
    void noLimitsIsCalledOutAsARisk() throws Exception {
        JsonNode j = json(plain);
        JsonNode mem = limit(j.at("/isolation/limits"), "memory");
        assertFalse(mem.path("set").asBoolean());
        assertTrue(mem.path("risk").asBoolean());
        assertTrue(limit(j.at("/isolation/limits"), "pids").path("risk").asBoolean());
        assertTrue(strings(j.path("attention")).contains("no memory limit"), j.toString());
        Cli.Result text = Cli.create().run("container", plain, "--color", "never", "--width", "100");
        text.assertExit(0);
        assertTrue(text.out().contains("no limit ⚠"), text.describe());
    }

    @Test
    void capabilitiesReadOnlyRootAndSecurity() throws Exception {
        JsonNode s = json(limited).path("security");
        assertEquals(List.of("NET_BIND_SERVICE"), strings(s.path("effective")));
        assertEquals(13, s.path("dropped").size());
        assertEquals(0, s.path("added").size());
        assertEquals(14, s.path("defaults").size());
        assertTrue(s.path("readOnlyRootfs").asBoolean());
        assertTrue(s.path("runsAsRoot").asBoolean());
        assertFalse(s.path("privileged").asBoolean());
        JsonNode d = json(plain).path("security");
        assertEquals(14, d.path("effective").size(), "no flags: Docker's default set");
        assertFalse(d.path("readOnlyRootfs").asBoolean());
    }

    @Test
    void mountsSayWhatSurvives() throws Exception {
        JsonNode mounts = json(limited).at("/storage/mounts");
        JsonNode vol = mount(mounts, "/data");
        assertEquals("volume", vol.path("type").asText());
        assertEquals(volume, vol.path("name").asText());
        assertTrue(vol.path("survivesRm").asBoolean() && vol.path("survivesRmV").asBoolean());
        JsonNode bind = mount(mounts, "/host");
        assertEquals("bind", bind.path("type").asText());
        assertFalse(bind.path("rw").asBoolean());
        assertTrue(bind.path("survivesRmV").asBoolean());
        JsonNode tmpfs = mount(mounts, "/run");
        assertEquals("tmpfs", tmpfs.path("type").asText());
        assertFalse(tmpfs.path("survivesRm").asBoolean());
    }

    @Test
    void internalNetworkWithAliasAndExposedPort() throws Exception {
        JsonNode n = json(limited).path("network");
        assertEquals(network, n.path("mode").asText());
        JsonNode att = n.path("networks").get(0);
        assertEquals(network, att.path("network").asText());
        assertEquals(TestDaemon.docker("inspect", "--format",
                "{{(index .NetworkSettings.Networks \"" + network + "\").IPAddress}}", limited),
                att.path("ipAddress").asText());
        assertTrue(strings(att.path("aliases")).contains("api"), att.toString());
        JsonNode port = n.path("ports").get(0);
        assertEquals("8080/tcp", port.path("containerPort").asText());
        assertFalse(port.path("published").asBoolean());
    }

    @Test
    void killedContainerExplains137AndItsChanges() throws Exception {
        JsonNode j = json(killed);
        JsonNode st = j.at("/what/state");
        assertEquals("exited", st.path("status").asText());
        assertEquals(137, st.path("exitCode").asInt());
        assertEquals("SIGKILL", st.path("signal").asText());
        assertFalse(st.path("oomKilled").asBoolean());
        assertEquals("exited 137: killed (SIGKILL)", st.path("summary").asText());
        JsonNode ch = j.path("changes");
        assertTrue(ch.path("available").asBoolean());
        List<String> paths = new ArrayList<>();
        ch.path("sample").forEach(c -> paths.add(c.path("kind").asText() + " " + c.path("path").asText()));
        assertTrue(paths.contains("ADDED /var/log/app/out.log"), paths.toString());
        assertTrue(paths.contains("MODIFIED /etc/motd") || paths.contains("ADDED /etc/motd"), paths.toString());
        assertTrue(j.at("/what/sizeRw").asLong() > 0, "the writable layer holds the files");
        assertFalse(j.at("/isolation/sampled").asBoolean(), "stopped: no stats");
        assertEquals(0, j.at("/processes/processes").size(), "stopped: no top");
    }

    @Test
    void oomKillIsSeenWhenTheKernelDoesIt() throws Exception {
        String oom = TestDaemon.name("oom");
        TestDaemon.track("container", oom);
        TestDaemon.docker("run", "-d", "--name", oom, "--label", TestDaemon.LABEL + "=1", "--memory", "16m",
                "--memory-swap", "16m", TestDaemon.baseImage(), "sh", "-c",
                "exec dd if=/dev/zero of=/dev/null bs=64M count=1");
        TestDaemon.docker("wait", oom);
        String seen = TestDaemon.docker("inspect", "--format", "{{.State.ExitCode}} {{.State.OOMKilled}}", oom);
        org.junit.jupiter.api.Assumptions.assumeTrue(seen.equals("137 true"),
                "this kernel did not OOM-kill a 64 MB allocation under a 16 MB limit: " + seen);
        JsonNode st = json(oom).at("/what/state");
        assertTrue(st.path("oomKilled").asBoolean());
        assertEquals("exited 137: killed (SIGKILL), OOM", st.path("summary").asText());
        Cli.Result list = Cli.create().run("container", "--color", "never", "--width", "200");
        assertTrue(list.out().contains("OOM-killed"), list.describe());
    }

    @Test
    void restartPolicyAndCount() throws Exception {
        JsonNode st = json(restarting).at("/what/state");
        assertEquals("on-failure", st.path("restartPolicy").asText());
        assertEquals(2, st.path("maximumRetryCount").asInt());
        assertEquals(2, st.path("restartCount").asInt());
        assertEquals(3, st.path("exitCode").asInt());
        assertTrue(st.path("restartMeaning").asText().contains("at most 2 times"), st.toString());
    }

    @Test
    void createdButNeverStarted() throws Exception {
        JsonNode st = json(created).at("/what/state");
        assertEquals("created", st.path("status").asText());
        assertTrue(st.path("neverStarted").asBoolean());
        assertEquals("created, never started", st.path("summary").asText());
    }

    @Test
    void pausedContainerHasNoStatsButItsProcesses() throws Exception {
        String paused = run("paused", TestDaemon.baseImage(), "sleep", "600");
        TestDaemon.docker("pause", paused);
        try {
            JsonNode j = json(paused);
            assertEquals("paused", j.at("/what/state/status").asText());
            assertTrue(j.at("/processes/processes").size() >= 1, j.path("processes").toString());
        } finally {
            TestDaemon.docker("unpause", paused);
        }
    }

    @Test
    void listPutsRunningFirstAndFlagsWhatDeservesALook() throws Exception {
        JsonNode j = json();
        List<String> names = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (JsonNode c : j.path("containers")) {
            names.add(c.path("name").asText());
            states.add(c.path("state").asText());
        }
        assertTrue(names.containsAll(List.of(limited, plain, killed, created, restarting)), names.toString());
        int lastRunning = states.lastIndexOf("running");
        int firstOther = states.indexOf("exited");
        assertTrue(lastRunning < firstOther, "running first: " + states);
        JsonNode k = row(j, killed);
        assertEquals(137, k.path("exitCode").asInt());
        assertTrue(strings(k.path("attention")).contains("no memory limit"));
        JsonNode l = row(j, limited);
        assertEquals("mem 67.1 MB, 0.5 CPU, pids 50", l.path("limits").asText());
        assertEquals(List.of(), strings(l.path("attention")));
        Cli.Result text = Cli.create().run("container", "--color", "never", "--width", "120");
        text.assertExit(0);
        assertTrue(text.out().contains("exited 137: killed (SIGKILL)"), text.describe());
        assertTrue(text.out().contains("created, never started"), text.describe());
        assertTrue(text.out().contains("DESERVE A LOOK"), text.describe());
    }

    @Test
    void textHasEverySectionAndFitsEveryWidth() {
        for (int width : new int[] {60, 80, 120}) {
            Cli.Result r = Cli.create().run("container", limited, "--color", "never", "--width", String.valueOf(width));
            r.assertExit(0);
            for (String s : List.of("CONTAINER " + limited, "WHAT IT CHANGED", "PROCESSES AND RUNTIME", "ISOLATION",
                    "STORAGE", "NETWORK", "SECURITY", "HEALTH", "→ concept: Volume — dockscope learn volume")) {
                assertTrue(r.out().contains(s), s + r.describe());
            }
            r.out().lines().forEach(line -> assertTrue(TextWidth.of(line) <= width,
                    "wider than " + width + ": " + line));
        }
    }

    @Test
    void asciiDrawsWithoutUnicode() {
        Cli.Result r = Cli.create().run("container", limited, "--color", "never", "--ascii", "--width", "80");
        r.assertExit(0);
        r.out().chars().forEach(ch -> assertTrue(ch < 0x80, "non-ASCII " + (char) ch + r.describe()));
        assertTrue(r.out().contains("-> concept: Container - dockscope learn container"), r.describe());
        Cli.Result list = Cli.create().run("container", "--color", "never", "--ascii");
        list.out().chars().forEach(ch -> assertTrue(ch < 0x80, "non-ASCII " + (char) ch + list.describe()));
    }

    @Test
    void unknownNameIsExit4WithTheClosestName() {
        Cli.Result r = Cli.create().run("container", limited.substring(0, limited.length() - 1) + "x");
        r.assertExit(4);
        assertTrue(r.err().contains("no container named") && r.err().contains(limited), r.describe());
        assertTrue(r.out().isEmpty(), r.describe());
    }

    @Test
    void ambiguousIdPrefixIsExit2ListingTheMatches() {
        // create containers until two ids share a first hex digit (at most 17 by pigeonhole)
        String prefix = null;
        List<String> ids = new ArrayList<>(List.of(TestDaemon.docker("ps", "-aq", "--no-trunc").split("\n")));
        for (int i = 0; prefix == null && i < 18; i++) {
            for (String id : ids) {
                if (!id.isEmpty() && ids.stream().filter(o -> o.startsWith(id.substring(0, 1))).count() > 1) {
                    prefix = id.substring(0, 1);
                    break;
                }
            }
            if (prefix == null) {
                String n = TestDaemon.name("twin" + i);
                TestDaemon.track("container", n);
                ids.add(TestDaemon.docker("create", "--name", n, "--label", TestDaemon.LABEL + "=1",
                        TestDaemon.baseImage(), "true"));
            }
        }
        assertTrue(prefix != null, "17 ids always share a first digit: " + ids);
        String p = prefix;
        Cli.Result r = Cli.create().run("container", p);
        r.assertExit(2);
        assertTrue(r.err().contains("is the start of"), r.describe());
        ids.stream().filter(id -> id.startsWith(p)).forEach(id -> assertTrue(r.err().contains(id.substring(0, 12)),
                id + r.describe()));
    }

    @Test
    void severalNamesGiveAJsonArray() throws Exception {
        JsonNode j = json(plain, killed);
        assertTrue(j.isArray());
        assertEquals(plain, j.get(0).path("name").asText());
        assertEquals(killed, j.get(1).path("name").asText());
    }

    private static JsonNode limit(JsonNode limits, String name) {
        for (JsonNode l : limits) {
            if (l.path("name").asText().equals(name)) {
                return l;
            }
        }
        throw new AssertionError("no limit " + name + " in " + limits);
    }

    private static JsonNode mount(JsonNode mounts, String dest) {
        for (JsonNode m : mounts) {
            if (m.path("destination").asText().equals(dest)) {
                return m;
            }
        }
        throw new AssertionError("no mount at " + dest + " in " + mounts);
    }

    private static JsonNode row(JsonNode list, String name) {
        for (JsonNode c : list.path("containers")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no row " + name);
    }

    static List<String> strings(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.forEach(x -> out.add(x.asText()));
        return out;
    }
}
