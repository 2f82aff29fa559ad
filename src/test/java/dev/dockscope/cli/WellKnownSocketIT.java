package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** With nothing naming a daemon and no default socket, the real daemon is found at a well-known place. */
@ExtendWith(DaemonExtension.class)
class WellKnownSocketIT {
    @Test
    void theColimaSocketIsFoundAndVersionSaysWhy(@TempDir Path home) throws Exception {
        Assumptions.assumeTrue(TestDaemon.host().startsWith("unix://"), "the test daemon is not on a unix socket");
        Assumptions.assumeFalse(Files.exists(Path.of("/var/run/docker.sock")),
                "this machine has a /var/run/docker.sock, which would win");
        Path colima = Files.createDirectories(home.resolve(".colima/default")).resolve("docker.sock");
        Files.createSymbolicLink(colima, Path.of(URI.create(TestDaemon.host()).getPath()));

        Cli.Result r = Cli.create().env("DOCKER_HOST", null).env("HOME", home.toString())
                .env("XDG_RUNTIME_DIR", home.resolve("run").toString()).run("version", "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        assertEquals("unix://" + colima, v.at("/endpoint/host").asText(), r.describe());
        assertEquals("wellKnown", v.at("/endpoint/source").asText(), r.describe());
        assertTrue(v.at("/endpoint/detail").asText().contains("Colima"), r.describe());
        assertEquals(TestDaemon.docker("version", "--format", "{{.Server.Version}}"), v.at("/daemon/version").asText());
    }

    @Test
    void whenNoSocketAnswersTheErrorListsWhatWasTried(@TempDir Path home) {
        Assumptions.assumeFalse(Files.exists(Path.of("/var/run/docker.sock")),
                "this machine has a /var/run/docker.sock");
        Cli.Result r = Cli.create().env("DOCKER_HOST", null).env("HOME", home.toString())
                .env("XDG_RUNTIME_DIR", home.resolve("run").toString()).run("version");
        r.assertExit(3);
        assertTrue(r.err().contains(home + "/.colima/default/docker.sock (Colima): no socket")
                && r.err().contains(home + "/run/podman/podman.sock (rootless Podman): no socket")
                && r.err().contains("OrbStack"), r.describe());
    }
}
