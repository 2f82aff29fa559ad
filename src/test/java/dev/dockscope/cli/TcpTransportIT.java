package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * tcp:// endpoints go through docker-java's Apache transport (unix sockets through our own): the private daemon also
 * listens on 127.0.0.1, and the same answers must come back both ways. scripts/test always sets it.docker.tcp.
 */
@ExtendWith(DaemonExtension.class)
class TcpTransportIT {
    private String tcp;

    @BeforeEach
    void tcpEndpoint() {
        tcp = System.getProperty("it.docker.tcp", "");
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            assertTrue(tcp.startsWith("tcp://127.0.0.1:"), "under CI, scripts/test gives the loopback tcp endpoint");
        }
        Assumptions.assumeTrue(tcp.startsWith("tcp://127.0.0.1:"), "no loopback tcp endpoint given (it.docker.tcp)");
    }

    @Test
    void versionOverTcpMatchesTheUnixSocket() throws Exception {
        Cli.Result overTcp = Cli.create().run("version", "-o", "json", "--host", tcp);
        overTcp.assertExit(0);
        Cli.Result overUnix = Cli.create().run("version", "-o", "json");
        JsonNode a = Json.MAPPER.readTree(overTcp.out());
        JsonNode b = Json.MAPPER.readTree(overUnix.out());
        assertEquals(b.get("daemon"), a.get("daemon"), overTcp.describe());
        assertEquals(tcp, a.at("/endpoint/host").asText());
        assertEquals("flag", a.at("/endpoint/source").asText());
    }

    @Test
    void imageAndItsExportStreamOverTcp() throws Exception {
        Cli.Result r = Cli.create().run("image", TestDaemon.baseImage(), "--files", "-o", "json", "--host", tcp);
        r.assertExit(0);
        JsonNode img = Json.MAPPER.readTree(r.out());
        assertEquals(TestDaemon.docker("image", "inspect", "--format", "{{.Id}}", TestDaemon.BASE), img.get("id").asText());
        assertTrue(img.get("visibleFiles").asLong() > 100, r.describe());
    }

    @Test
    void unknownImageOverTcpIsNotFound() {
        Cli.Result r = Cli.create().run("image", "no-such-image:0", "--host", tcp);
        r.assertExit(4);
    }
}
