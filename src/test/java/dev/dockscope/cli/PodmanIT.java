package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.PodmanService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The explain commands against Podman's Docker-compatible API (podman system service on a private socket). */
class PodmanIT {
    static PodmanService podman;
    static final String IMAGE = "localhost/dsit-podman:1";

    @BeforeAll
    static void start() throws Exception {
        podman = PodmanService.start();
        podman.buildBusybox(IMAGE, "RUN echo hello > /greeting", "CMD [\"sh\"]");
    }

    @AfterAll
    static void stop() {
        if (podman != null) {
            podman.close();
        }
    }

    private static Cli cli() {
        return Cli.create().env("DOCKER_HOST", podman.host());
    }

    @Test
    void versionNamesPodman() throws Exception {
        Cli.Result r = cli().run("version", "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        assertEquals(podman.host(), v.at("/endpoint/host").asText(), r.describe());
        assertTrue(r.out().contains("Podman Engine"), r.describe());
        assertEquals(podman.podman("version", "--format", "{{.Server.Version}}"), v.at("/daemon/version").asText(),
                r.describe());
    }

    @Test
    void imageExplainsAPodmanBuiltImage() throws Exception {
        Cli.Result r = cli().run("image", IMAGE, "-o", "json");
        r.assertExit(0);
        JsonNode img = Json.MAPPER.readTree(r.out());
        assertEquals(podman.podman("image", "inspect", "--format", "{{.Id}}", IMAGE), img.path("id").asText()
                .replace("sha256:", ""), r.describe());
        assertEquals(4, img.path("layers").size(), r.describe());
        assertEquals("RUN echo hello > /greeting", img.path("layers").get(2).path("instruction").asText(), r.describe());
        assertEquals(3, img.path("layerCount").asInt(), r.describe());
    }

    @Test
    void filesStreamThroughPodmansExport() throws Exception {
        Cli.Result r = cli().run("image", IMAGE, "--files", "-o", "json");
        r.assertExit(0);
        JsonNode img = Json.MAPPER.readTree(r.out());
        assertEquals(1, img.path("layers").get(0).path("files").path("added").path("files").asLong(), r.describe());
        assertTrue(img.path("layers").get(2).path("files").path("added").path("files").asLong() >= 1, r.describe());
        assertTrue(img.path("efficiency").asDouble() > 0.99, r.describe());
    }

    @Test
    void learnShowsTheCardOnPodmansImages() {
        Cli.Result r = cli().run("learn", "image", "--width", "90", "--color", "never");
        r.assertExit(0);
        assertTrue(r.out().contains("On your machine") && r.out().contains("dsit-podman:1"), r.describe());
    }
}
