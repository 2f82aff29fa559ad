package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DaemonExtension.class)
class TourIT {
    private static int lines(String s) {
        return s.isBlank() ? 0 : s.split("\n").length;
    }

    @Test
    void overviewCountsWhatTheDaemonHas() throws Exception {
        TestDaemon.baseImage();
        Cli.Result r = Cli.create().run("-o", "json");
        r.assertExit(0);
        JsonNode o = Json.MAPPER.readTree(r.out());
        assertEquals(TestDaemon.docker("version", "--format", "{{.Server.Version}}"), o.at("/daemon/version").asText());
        assertEquals(lines(TestDaemon.docker("image", "ls", "-q", "--no-trunc")), o.at("/counts/images").asInt(), r.describe());
        assertEquals(lines(TestDaemon.docker("ps", "-aq")), o.at("/counts/containers").asInt(), r.describe());
        assertEquals(lines(TestDaemon.docker("network", "ls", "-q")), o.at("/counts/networks").asInt(), r.describe());
        assertTrue(o.get("tryNext").toString().contains("dockscope image "), r.describe());
    }

    @Test
    void tourUsesTheDaemonForTheRuntimeCardAndTheSampleWhereNothingFits() throws Exception {
        Cli.Result r = Cli.create().run("tour", "-o", "json");
        r.assertExit(0);
        JsonNode t = Json.MAPPER.readTree(r.out());
        assertTrue(t.at("/daemon/reachable").asBoolean(), r.describe());
        JsonNode runtime = null;
        for (JsonNode s : t.get("steps")) {
            if (s.get("slug").asText().equals("runtime")) {
                runtime = s;
            }
        }
        assertEquals("live", runtime.get("source").asText(), r.describe());
        String version = TestDaemon.docker("version", "--format", "{{.Server.Version}}");
        assertTrue(runtime.get("live").toString().contains(version), r.describe());
    }

    @Test
    void sampleFlagIgnoresTheDaemon() throws Exception {
        Cli.Result r = Cli.create().run("tour", "--sample", "-o", "json");
        r.assertExit(0);
        JsonNode t = Json.MAPPER.readTree(r.out());
        assertEquals(false, t.at("/daemon/reachable").asBoolean(), r.describe());
        assertEquals("sample", t.at("/steps/0/source").asText(), r.describe());
    }
}
