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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code dockscope health} against health checks that really reach healthy and unhealthy. */
@ExtendWith(DaemonExtension.class)
class HealthIT {
    static String passing;
    static String failing;
    static String noisy;
    static String none;

    @BeforeAll
    static void containers() throws Exception {
        String base = TestDaemon.baseImage();
        String loop = "trap 'exit 0' TERM; while true; do sleep 1; done";
        passing = ContainerIT.run("passing", "--health-cmd", "echo ok", "--health-interval", "1s",
                "--health-retries", "2", "--health-timeout", "2s", base, "sh", "-c", loop);
        failing = ContainerIT.run("failing", "--health-cmd", "echo down; exit 1", "--health-interval", "1s",
                "--health-retries", "2", "--health-timeout", "2s", base, "sh", "-c", loop);
        noisy = ContainerIT.run("noisy", "--health-cmd",
                "printf '\\033[31mred\\033]0;title\\007 '; head -c 100000 /dev/zero | tr '\\0' x; exit 1",
                "--health-interval", "1s", "--health-retries", "1", base, "sh", "-c", loop);
        none = ContainerIT.run("nocheck", "--expose", "8080", base, "sh", "-c", loop);
        ContainerIT.waitFor(() -> status(passing).equals("healthy") && status(failing).equals("unhealthy")
                && status(noisy).equals("unhealthy"));
    }

    static String status(String name) {
        return TestDaemon.docker("inspect", "--format", "{{.State.Health.Status}}", name);
    }

    static JsonNode json(String... args) throws Exception {
        List<String> a = new ArrayList<>(List.of("health"));
        a.addAll(List.of(args));
        a.addAll(List.of("-o", "json"));
        Cli.Result r = Cli.create().run(a.toArray(String[]::new));
        r.assertExit(0);
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void failingCheckIsUnhealthyWithItsStreakAndTimeline() throws Exception {
        JsonNode j = json(failing);
        assertEquals("unhealthy", j.path("status").asText());
        assertEquals("run", j.path("source").asText());
        assertEquals(List.of("CMD-SHELL", "echo down; exit 1"), ContainerIT.strings(j.path("test")));
        assertEquals(1_000_000_000L, j.path("intervalNanos").asLong());
        assertEquals(2, j.path("retries").asInt());
        assertTrue(j.path("failingStreak").asInt() >= 2, j.toString());
        JsonNode t = j.path("timeline");
        assertTrue(t.size() >= 2, t.toString());
        JsonNode last = t.get(t.size() - 1);
        assertEquals(1, last.path("exitCode").asInt());
        assertEquals("down", last.path("output").asText());
        assertEquals(j.path("failingStreak").asInt(), last.path("streakAfter").asInt());
        assertEquals("unhealthy", last.path("statusAfter").asText());
        boolean sawTransition = false;
        for (JsonNode s : t) {
            sawTransition |= s.path("transition").asText().endsWith("→ unhealthy");
        }
        assertEquals(j.path("logComplete").asBoolean(), sawTransition,
                "the transition is shown exactly when the log reaches back to the start: " + t);
        assertFalse(j.path("nextProbeDue").asText().isEmpty());
        assertTrue(String.join(" ", ContainerIT.strings(j.path("whatItDoes"))).contains("does not restart"));
    }

    @Test
    void passingCheckIsHealthy() throws Exception {
        JsonNode j = json(passing);
        assertEquals("healthy", j.path("status").asText());
        assertEquals(0, j.path("failingStreak").asInt());
        JsonNode t = j.path("timeline");
        assertTrue(t.get(t.size() - 1).path("passed").asBoolean());
        assertEquals("ok", t.get(t.size() - 1).path("output").asText());
    }

    @Test
    void escapeSequencesAndHugeOutputAreSanitisedAndTrimmed() throws Exception {
        Cli.Result r = Cli.create().run("health", noisy, "-o", "json");
        r.assertExit(0);
        assertFalse(r.out().contains("\\u001B") || r.out().contains("\\u001b") || r.out().contains("\\u0007"),
                r.describe());
        JsonNode t = Json.MAPPER.readTree(r.out()).path("timeline");
        String out = t.get(t.size() - 1).path("output").asText();
        assertTrue(out.contains("red") && out.length() < 600, out.length() + ": " + out);
        Cli.Result text = Cli.create().run("health", noisy, "--color", "never", "--width", "80");
        text.out().lines().forEach(l -> assertTrue(TextWidth.of(l) <= 80, l));
        assertFalse(text.out().contains("\u001b"), text.describe());
    }

    @Test
    void containerWithoutACheckGetsASuggestion() throws Exception {
        JsonNode j = json(none);
        assertFalse(j.path("configured").asBoolean());
        assertEquals("none", j.path("source").asText());
        assertTrue(j.path("suggestion").asText().startsWith("HEALTHCHECK "), j.toString());
        assertTrue(j.path("suggestion").asText().contains("127.0.0.1:8080/"), "fits the exposed port: " + j);
        Cli.Result r = Cli.create().run("health", none, "--color", "never");
        r.assertExit(0);
        assertTrue(r.out().contains("No health check") && r.out().contains("A check that would fit"), r.describe());
    }

    @Test
    void checkFromTheImageIsSaidToBeInheritedAndCanBeSwitchedOff() throws Exception {
        String tag = TestDaemon.build(TestDaemon.name("hc") + ":1", "FROM " + TestDaemon.baseImage() + "\n"
                + "HEALTHCHECK --interval=1s --timeout=2s --retries=2 CMD true\n", java.util.Map.of());
        String inherited = ContainerIT.run("inherits", tag, "sleep", "600");
        String off = ContainerIT.run("switchedoff", "--no-healthcheck", tag, "sleep", "600");
        JsonNode j = json(inherited);
        assertTrue(j.path("configured").asBoolean());
        assertEquals("image", j.path("source").asText());
        // the legacy builder stores the HEALTHCHECK CMD's shell form as CMD-SHELL
        assertEquals(List.of("CMD-SHELL", "true"), ContainerIT.strings(j.path("test")));
        JsonNode o = json(off);
        assertFalse(o.path("configured").asBoolean());
        assertEquals("disabled", o.path("source").asText());
    }

    @Test
    void listPutsUnhealthyFirstAndCountsTheRest() throws Exception {
        JsonNode j = json();
        List<String> statuses = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (JsonNode c : j.path("checks")) {
            statuses.add(c.path("status").asText());
            names.add(c.path("name").asText());
        }
        assertTrue(names.containsAll(List.of(passing, failing, noisy)), names.toString());
        assertTrue(statuses.lastIndexOf("unhealthy") < statuses.indexOf("healthy"), statuses.toString());
        assertTrue(ContainerIT.strings(j.path("withoutCheckNames")).contains(none));
        assertEquals(j.path("withoutCheckNames").size(), j.path("withoutCheck").asInt());
        Cli.Result text = Cli.create().run("health", "--color", "never", "--width", "100");
        assertTrue(text.out().contains("HEALTH CHECKS") && text.out().contains(failing), text.describe());
    }

    @Test
    void containerReportPointsToHealth() throws Exception {
        Cli.Result r = Cli.create().run("container", failing, "-o", "json");
        r.assertExit(0);
        JsonNode h = Json.MAPPER.readTree(r.out()).path("health");
        assertEquals("unhealthy", h.path("status").asText());
        assertEquals("dockscope health " + failing, h.path("next").asText());
        assertTrue(ContainerIT.strings(Json.MAPPER.readTree(r.out()).path("attention")).contains("unhealthy"));
    }

    @Test
    void watchRefreshesAndRejectsJson() {
        Cli.Result r = Cli.create().run("health", passing, "--watch", "--interval", "1", "--watch-count", "2",
                "--color", "never");
        r.assertExit(0);
        assertEquals(2, r.out().split("HEALTH " + passing, -1).length - 1, r.describe());
        Cli.Result j = Cli.create().run("health", "--watch", "-o", "json");
        j.assertExit(2);
        assertTrue(j.out().isEmpty(), j.describe());
    }
}
