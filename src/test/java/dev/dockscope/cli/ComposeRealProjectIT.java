package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real project brought up by Debian's docker-compose (v1, when it is installed; the test is skipped otherwise)
 * from local images only: what dockscope rebuilds from the labels matches what it reads from the file.
 */
@ExtendWith(DaemonExtension.class)
class ComposeRealProjectIT {
    static int compose(Path dir, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("docker-compose"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("compose.log").toFile());
        pb.environment().put("DOCKER_HOST", TestDaemon.host());
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("docker-compose " + String.join(" ", args) + " timed out");
        }
        return p.exitValue();
    }

    static boolean installed() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, "docker-compose"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void reconstructedProjectMatchesItsFile(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(installed(), "docker-compose is not installed");
        String image = TestDaemon.baseImage();
        String project = TestDaemon.name("real").replace("-", "");
        Files.writeString(dir.resolve("docker-compose.yml"), String.join("\n",
                "version: \"3.8\"",
                "services:",
                "  db:",
                "    image: " + image,
                "    command: [\"sleep\", \"600\"]",
                "    labels: {" + TestDaemon.LABEL + ": \"1\"}",
                "    healthcheck: {test: [\"CMD\", \"true\"], interval: 1s}",
                "    volumes: [\"data:/var/lib/db\"]",
                "    networks: [back]",
                "  api:",
                "    image: " + image,
                "    command: [\"sleep\", \"600\"]",
                "    labels: {" + TestDaemon.LABEL + ": \"1\"}",
                "    depends_on: {db: {condition: service_healthy}}",
                "    networks: [back]",
                "  web:",
                "    image: " + image,
                "    command: [\"sleep\", \"600\"]",
                "    labels: {" + TestDaemon.LABEL + ": \"1\"}",
                "    scale: 2",
                "    depends_on: [api]",
                "    networks: [back]",
                "networks:",
                "  back: {internal: true}",
                "volumes:",
                "  data: {}",
                ""), StandardCharsets.UTF_8);
        try {
            int up = compose(dir, "-p", project, "up", "-d");
            assertEquals(0, up, Files.readString(dir.resolve("compose.log")));
            Cli.Result live = Cli.create().run("compose", project, "-o", "json");
            live.assertExit(0);
            JsonNode p = Json.MAPPER.readTree(live.out()).at("/projects/0");
            assertEquals(dir.toRealPath().toString(), Path.of(p.path("workingDir").asText()).toRealPath().toString(),
                    live.describe());
            assertEquals(2, NetworkVolumeIT.find(p.path("services"), "name", "web").path("replicas").asInt(),
                    live.describe());
            assertEquals(project + "_back", p.at("/networks/0/name").asText(), live.describe());
            assertTrue(p.at("/networks/0/internal").asBoolean(), live.describe());
            assertEquals(project + "_data", p.at("/volumes/0/name").asText(), live.describe());
            assertEquals("[\"db\"]", p.at("/volumes/0/usedBy").toString(), live.describe());

            Cli.Result files = Cli.create().run("compose", "-p", project, "--project-directory", dir.toString(),
                    "-o", "json");
            files.assertExit(0);
            JsonNode d = Json.MAPPER.readTree(files.out()).at("/projects/0");
            assertTrue(d.path("running").asBoolean(), files.describe());
            assertEquals("[]", d.path("drift").toString(), "declared and running agree" + files.describe());
            assertEquals(project + "_back", d.at("/networks/0/name").asText(), files.describe());
            assertEquals("[\"db\"]", d.at("/volumes/0/usedBy").toString(), files.describe());
        } finally {
            compose(dir, "-p", project, "down", "-v", "--timeout", "1");
        }
    }
}
