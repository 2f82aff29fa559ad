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
class VersionIT {
    @Test
    void jsonShowsTheDaemonsRealVersionAndTheEndpointSource() throws Exception {
        Cli.Result r = Cli.create().env("DOCKER_HOST", TestDaemon.host()).run("version", "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        String realVersion = TestDaemon.docker("version", "--format", "{{.Server.Version}}");
        String realApi = TestDaemon.docker("version", "--format", "{{.Server.APIVersion}}");
        assertEquals(realVersion, v.at("/daemon/version").asText(), r.describe());
        assertEquals(realApi, v.at("/daemon/apiVersion").asText(), r.describe());
        assertEquals(TestDaemon.host(), v.at("/endpoint/host").asText(), r.describe());
        assertEquals("env", v.at("/endpoint/source").asText(), r.describe());
        assertEquals("runtime", v.at("/concepts/0").asText(), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void hostFlagIsReportedAsTheSource() throws Exception {
        Cli.Result r = Cli.create().env("DOCKER_HOST", null).run("version", "-o", "json", "--host", TestDaemon.host());
        r.assertExit(0);
        assertEquals("flag", Json.MAPPER.readTree(r.out()).at("/endpoint/source").asText(), r.describe());
    }

    @Test
    void textNamesDaemonApiAndEndpoint() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", TestDaemon.host()).run("version", "--color", "never");
        r.assertExit(0);
        String realVersion = TestDaemon.docker("version", "--format", "{{.Server.Version}}");
        assertTrue(r.out().contains(realVersion), r.describe());
        assertTrue(r.out().contains("from the DOCKER_HOST environment variable"), r.describe());
        assertTrue(r.out().contains("→ concept: Runtime — dockscope learn runtime"), r.describe());
    }
}
