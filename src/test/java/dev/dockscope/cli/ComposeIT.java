package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dockscope compose} against a Compose-labelled set of real objects (made with the labels Compose writes, as
 * the compose plugin is not installed here): an internal project network, a project volume, a healthy db, an api
 * that waits for it, two web replicas and a one-off run container.
 */
@ExtendWith(DaemonExtension.class)
class ComposeIT {
    static String project;

    static void run(String name, String service, int number, boolean oneoff, String dependsOn, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "-d", "--name", name, "--label", TestDaemon.LABEL + "=1",
                "--network", project + "_default",
                "--label", "com.docker.compose.project=" + project,
                "--label", "com.docker.compose.service=" + service,
                "--label", "com.docker.compose.container-number=" + number,
                "--label", "com.docker.compose.oneoff=" + (oneoff ? "True" : "False"),
                "--label", "com.docker.compose.project.working_dir=/srv/" + project,
                "--label", "com.docker.compose.project.config_files=/srv/" + project + "/compose.yaml"));
        if (!dependsOn.isEmpty()) {
            args.add("--label");
            args.add("com.docker.compose.depends_on=" + dependsOn);
        }
        args.addAll(List.of(extra));
        args.addAll(List.of(TestDaemon.baseImage(), "sleep", "600"));
        TestDaemon.track("container", name);
        TestDaemon.docker(args.toArray(String[]::new));
    }

    @BeforeAll
    static void project() throws Exception {
        project = TestDaemon.name("shop").replace("-", "");
        TestDaemon.track("network", project + "_default");
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=1",
                "--label", "com.docker.compose.project=" + project, "--label", "com.docker.compose.network=default",
                project + "_default");
        TestDaemon.track("volume", project + "_data");
        TestDaemon.docker("volume", "create", "--label", TestDaemon.LABEL + "=1",
                "--label", "com.docker.compose.project=" + project, "--label", "com.docker.compose.volume=data",
                project + "_data");
        run(project + "-db-1", "db", 1, false, "", "-v", project + "_data:/var/lib/db", "--health-cmd", "true",
                "--health-interval", "1s");
        run(project + "-api-1", "api", 1, false, "db:service_healthy:true");
        run(project + "-web-1", "web", 1, false, "api:service_started:true");
        run(project + "-web-2", "web", 2, false, "api:service_started:true");
        run(project + "-api-run-1", "api", 1, true, "");
        for (int i = 0; i < 30 && !TestDaemon.docker("inspect", "--format", "{{.State.Health.Status}}",
                project + "-db-1").equals("healthy"); i++) {
            Thread.sleep(500);
        }
    }

    @Test
    void listFindsTheProjectByItsLabels() throws Exception {
        Cli.Result r = Cli.create().run("compose", "-o", "json");
        r.assertExit(0);
        JsonNode mine = NetworkVolumeIT.find(Json.MAPPER.readTree(r.out()).path("projects"), "name", project);
        assertEquals(3, mine.path("services").size(), r.describe());
        Cli.Result text = Cli.create().run("compose", "--color", "never", "--width", "200");
        assertTrue(text.out().contains(project + "  3 services, 5 containers (5 running, 1 healthy)"), text.describe());
    }

    @Test
    void oneProjectWithServicesGraphNetworksAndVolumes() throws Exception {
        Cli.Result r = Cli.create().run("compose", project, "-o", "json");
        r.assertExit(0);
        JsonNode p = Json.MAPPER.readTree(r.out()).at("/projects/0");
        assertEquals("/srv/" + project, p.path("workingDir").asText(), r.describe());
        JsonNode web = NetworkVolumeIT.find(p.path("services"), "name", "web");
        assertEquals(2, web.path("replicas").asInt(), r.describe());
        JsonNode api = NetworkVolumeIT.find(p.path("services"), "name", "api");
        assertEquals(1, api.path("replicas").asInt(), "the one-off run is not a replica" + r.describe());
        assertEquals(2, api.path("containers").size(), r.describe());
        assertEquals("healthy", NetworkVolumeIT.find(p.path("services"), "name", "db").path("health").asText(),
                r.describe());
        Set<String> edges = new HashSet<>();
        p.path("edges").forEach(e -> edges.add(e.path("from").asText() + ">" + e.path("to").asText() + ":"
                + e.path("condition").asText()));
        assertEquals(Set.of("api>db:service_healthy", "web>api:service_started"), edges, r.describe());
        assertEquals("[[\"db\"],[\"api\"],[\"web\"]]", p.path("layers").toString(), r.describe());
        assertEquals(project + "_default", p.at("/networks/0/name").asText(), r.describe());
        assertTrue(p.at("/networks/0/internal").asBoolean(), r.describe());
        assertEquals("[\"db\"]", p.at("/volumes/0/usedBy").toString(), r.describe());

        for (int width : new int[] {80, 60}) {
            for (boolean ascii : new boolean[] {false, true}) {
                Cli.Result t = ascii ? Cli.create().run("compose", project, "--color", "never", "--width", "" + width,
                        "--ascii") : Cli.create().run("compose", project, "--color", "never", "--width", "" + width);
                t.assertExit(0);
                for (String line : t.out().split("\n")) {
                    assertTrue(TextWidth.of(line) <= width, line + t.describe());
                    assertTrue(!ascii || line.chars().allMatch(ch -> ch < 0x80), line + t.describe());
                }
                assertTrue(t.out().contains("DEPENDENCIES"), t.describe());
            }
        }
    }

    @Test
    void declaredAgainstRunning(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), String.join("\n",
                "name: " + project,
                "services:",
                "  db:",
                "    image: " + TestDaemon.baseImage(),
                "    healthcheck: {test: [\"CMD\", \"true\"]}",
                "  api:",
                "    image: other:2",
                "    depends_on: {db: {condition: service_healthy}}",
                "    healthcheck:",
                "      test: true",
                "  web:",
                "    image: " + TestDaemon.baseImage(),
                "    deploy: {replicas: 3}",
                "  admin:",
                "    image: " + TestDaemon.baseImage(),
                ""), StandardCharsets.UTF_8);
        Cli.Result r = Cli.create().run("compose", "--project-directory", dir.toString(), "-o", "json");
        r.assertExit(0);
        JsonNode p = Json.MAPPER.readTree(r.out()).at("/projects/0");
        assertEquals("FILES", p.path("source").asText(), r.describe());
        assertTrue(p.path("running").asBoolean(), r.describe());
        Set<String> drift = new HashSet<>();
        p.path("drift").forEach(d -> drift.add(d.path("kind").asText() + ":" + d.path("service").asText()));
        assertEquals(Set.of("IMAGE:api", "HEALTHCHECK:api", "REPLICAS:web", "MISSING_SERVICE:admin"), drift,
                r.describe());
        assertEquals(2, NetworkVolumeIT.find(p.path("services"), "name", "api").path("containers").size(),
                "the running containers joined to the declared service" + r.describe());
    }

    @Test
    void unknownProjectIsNotFound() {
        Cli.Result r = Cli.create().run("compose", TestDaemon.name("nosuchproject"));
        r.assertExit(4);
        assertTrue(r.err().contains("no Compose project"), r.describe());
    }

    @Test
    void unparsableFileIsExitTwoWithoutTrace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: x\n   ports: [80]\n");
        Cli.Result r = Cli.create().run("compose", "-f", dir.resolve("compose.yaml").toString());
        r.assertExit(2);
        assertTrue(r.err().contains("compose.yaml:4:4: invalid YAML"), r.describe());
        assertTrue(!r.err().contains("\tat "), "no stack trace" + r.describe());
        assertEquals("", r.out(), r.describe());
    }
}
