package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void runtimeDrawsPodmansOwnChainNotDockers() throws Exception {
        Cli.Result r = cli().run("runtime", "-o", "json");
        r.assertExit(0);
        JsonNode chain = Json.MAPPER.readTree(r.out()).path("chain");
        assertEquals("podman service", chain.get(1).path("name").asText(), r.describe());
        assertEquals(podman.podman("version", "--format", "{{.Server.Version}}"), chain.get(1).path("version").asText());
        assertEquals("conmon", chain.get(2).path("name").asText(), r.describe());
        Cli.Result text = cli().run("runtime", "--color", "never", "--width", "100");
        text.assertExit(0);
        assertFalse(text.out().contains("dockerd"), text.describe());
        assertFalse(text.out().contains("containerd"), text.describe());
    }

    @Test
    void containerNetworkAndVolumeCommandsExplainPodmansObjects() throws Exception {
        String suffix = Long.toHexString(System.nanoTime());
        String volume = "dsit-pv-" + suffix;
        String network = "dsit-pn-" + suffix;
        String container = "dsit-pc-" + suffix;
        podman.podman("volume", "create", volume);
        podman.podman("network", "create", "--internal", network);
        podman.podman("create", "--name", container, "-v", volume + ":/data", "--network", network, IMAGE, "sleep", "60");
        Cli.Result c = cli().run("container", container, "--color", "never", "--width", "100");
        c.assertExit(0);
        assertTrue(c.out().contains("conmon"), c.describe());
        assertFalse(c.out().contains("containerd-shim"), c.describe());
        assertTrue(c.out().contains("/data"), c.describe());
        Cli.Result n = cli().run("network", network, "-o", "json");
        n.assertExit(0);
        assertTrue(n.out().contains(container), n.describe());
        Cli.Result v = cli().run("volume", volume, "-o", "json");
        v.assertExit(0);
        assertTrue(v.out().contains(container), v.describe());
        assertTrue(cli().run("container", "-o", "json").assertExit(0).out().contains(container));
        assertTrue(cli().run("health", "-o", "json").assertExit(0).out().contains("checks"));
    }
}
