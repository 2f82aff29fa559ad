package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tour and the overview with no daemon: the bundled sample carries them. */
class TourCommandTest {
    private static final String NOWHERE = "unix:///nonexistent/dockscope.sock";

    private static Cli noDaemon() {
        return Cli.create().env("DOCKER_HOST", NOWHERE);
    }

    @Test
    void tourWithoutDaemonExplainsTheBundledSample() {
        Cli.Result r = noDaemon().run("tour", "--color", "never", "--width", "80");
        r.assertExit(0);
        assertTrue(r.out().contains("No daemon reachable"), r.describe());
        assertTrue(r.out().contains("IMAGE sample-app (bundled sample)"), r.describe());
        assertTrue(r.out().contains("IMG101 sources copied before the dependency install"), r.describe());
        assertTrue(r.out().contains("DS101"), r.describe());
        assertTrue(r.out().contains("Step 12 of 12"), r.describe());
        assertTrue(r.out().contains("with a daemon, this card would show"), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void tourJsonNamesTwelveStepsAndTheirSources() throws Exception {
        Cli.Result r = noDaemon().run("tour", "-o", "json");
        r.assertExit(0);
        JsonNode t = Json.MAPPER.readTree(r.out());
        assertFalse(t.at("/daemon/reachable").asBoolean(), r.describe());
        assertEquals(12, t.get("steps").size(), r.describe());
        assertEquals("image", t.at("/steps/0/slug").asText());
        assertEquals("sample", t.at("/steps/0/source").asText());
        assertEquals("none", t.at("/steps/4/source").asText());
        assertEquals("dockscope/sample-app:1.0", t.at("/sampleImage/repoTags/0").asText());
        assertTrue(t.at("/sampleDockerfile/findings").size() > 5, r.describe());
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 120})
    void tourFitsTheWidthAndAsciiHasNoBoxDrawing(int width) {
        Cli.Result r = noDaemon().run("tour", "--color", "never", "--ascii", "--width", String.valueOf(width));
        r.assertExit(0);
        for (String line : r.out().split("\n")) {
            assertTrue(TextWidth.of(line) <= width, TextWidth.of(line) + " > " + width + ": " + line);
            assertTrue(line.chars().noneMatch(c -> (c >= 0x2500 && c <= 0x259f)), "box drawing under --ascii: " + line);
        }
    }

    @Test
    void overviewWithoutDaemonSaysSoAndSuggestsTheSample() {
        Cli.Result r = noDaemon().run("--color", "never");
        r.assertExit(0);
        assertTrue(r.out().contains("not reachable"), r.describe());
        assertTrue(r.out().contains(NOWHERE), r.describe());
        assertTrue(r.out().contains("dockscope image --archive examples/sample-image.tar"), r.describe());
        assertTrue(r.out().contains("dockscope tour"), r.describe());
    }

    @Test
    void overviewJsonHasNoDaemonWhenUnreachable() throws Exception {
        Cli.Result r = noDaemon().run("-o", "json");
        r.assertExit(0);
        JsonNode o = Json.MAPPER.readTree(r.out());
        assertTrue(o.get("daemon").isNull(), r.describe());
        assertTrue(o.get("unreachable").asText().contains(NOWHERE), r.describe());
    }

    @Test
    void sampleArchiveIsExplainedWithoutADaemon() throws Exception {
        Cli.Result r = noDaemon().run("image", "--archive", "examples/sample-image.tar", "--files", "-o", "json");
        r.assertExit(0);
        JsonNode img = Json.MAPPER.readTree(r.out());
        assertEquals("oci", img.get("format").asText(), r.describe());
        assertEquals("archive", img.at("/origin/kind").asText(), r.describe());
        assertEquals(7, img.get("layerCount").asInt());
        // the pip cache (20000 bytes) written in one layer and removed by a whiteout in the next
        assertEquals(20_000, img.at("/reclaimable/deletedBytes").asLong(), r.describe());
        assertTrue(img.get("findings").toString().contains("IMG101"), r.describe());
    }
}
