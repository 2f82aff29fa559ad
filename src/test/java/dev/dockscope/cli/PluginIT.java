package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.VersionProvider;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docker scope …} through the real docker CLI, in a temp DOCKER_CONFIG, with the plugin pointing at the
 * unpacked release tarball's launcher.
 */
@ExtendWith(DaemonExtension.class)
class PluginIT {
    @TempDir
    Path config;

    private Proc.Result docker(String dockerHost, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("docker");
        cmd.addAll(List.of(args));
        return Proc.of(cmd).env("DOCKER_CONFIG", config.toString()).env("DOCKER_HOST", dockerHost)
                .env("DOCKER_CONTEXT", null).env("XDG_CACHE_HOME", Release.cacheHome().toString())
                .env("NO_COLOR", "1").env("DOCKSCOPE_LAUNCHER", null).env("JAVA_HOME", null).timeout(240).run();
    }

    private Path install() {
        Cli.Result r = Cli.create().env("DOCKER_CONFIG", config.toString())
                .env("DOCKSCOPE_LAUNCHER", Release.launcher().toString()).run("plugin", "install");
        r.assertExit(0);
        Path plugin = config.resolve("cli-plugins/docker-scope");
        assertTrue(Files.isExecutable(plugin), r.describe());
        assertTrue(r.out().contains(plugin.toString()) && r.out().contains(Release.launcher().toString()), r.describe());
        return plugin;
    }

    @Test
    void dockerHelpListsThePluginAndUninstallRemovesIt() throws Exception {
        install();
        Proc.Result help = docker(TestDaemon.host(), "--help").assertExit(0);
        assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith("scope*")
                && l.contains(DockerCliPlugin.SHORT_DESCRIPTION)), help.describe());

        Cli.Result status = Cli.create().env("DOCKER_CONFIG", config.toString()).run("plugin", "-o", "json");
        status.assertExit(0);
        assertTrue(Json.MAPPER.readTree(status.out()).path("installed").asBoolean(), status.describe());

        Cli.Result removed = Cli.create().env("DOCKER_CONFIG", config.toString()).run("plugin", "uninstall");
        removed.assertExit(0);
        assertFalse(Files.exists(config.resolve("cli-plugins/docker-scope")), removed.describe());
        Proc.Result after = docker(TestDaemon.host(), "--help").assertExit(0);
        assertFalse(after.out().contains("scope*"), after.describe());
    }

    @Test
    void pluginAnswersTheMetadataHandshakeWithoutAJvm() throws Exception {
        Path plugin = install();
        Proc.Result r = Proc.of(plugin.toString(), "docker-cli-plugin-metadata").env("PATH", "/nonexistent").run();
        r.assertExit(0);
        JsonNode meta = Json.MAPPER.readTree(r.out());
        assertEquals("0.1.0", meta.path("SchemaVersion").asText(), r.describe());
        assertEquals("dockscope", meta.path("Vendor").asText(), r.describe());
        assertEquals(VersionProvider.version(), meta.path("Version").asText(), r.describe());
        assertEquals(DockerCliPlugin.SHORT_DESCRIPTION, meta.path("ShortDescription").asText(), r.describe());
    }

    @Test
    void dockerScopeHonoursDockerHostTheHostFlagAndTheContextFlag() throws Exception {
        install();
        Proc.Result env = docker(TestDaemon.host(), "scope", "version", "-o", "json").assertExit(0);
        JsonNode v = Json.MAPPER.readTree(env.out());
        assertEquals(TestDaemon.host(), v.at("/endpoint/host").asText(), env.describe());
        assertEquals("env", v.at("/endpoint/source").asText(), env.describe());
        assertFalse(v.at("/daemon/version").asText().isEmpty(), env.describe());

        Proc.Result flag = docker("unix:///nonexistent/docker.sock", "-H", TestDaemon.host(), "scope", "version", "-o",
                "json").assertExit(0);
        assertEquals("flag", Json.MAPPER.readTree(flag.out()).at("/endpoint/source").asText(), flag.describe());

        // docker lets --context beat DOCKER_HOST, and so does `docker --context x scope`
        docker(null, "context", "create", "dsit-ctx", "--docker", "host=" + TestDaemon.host()).assertExit(0);
        Proc.Result ctx = docker("unix:///nonexistent/docker.sock", "--context", "dsit-ctx", "scope", "version", "-o",
                "json").assertExit(0);
        JsonNode c = Json.MAPPER.readTree(ctx.out());
        assertEquals(TestDaemon.host(), c.at("/endpoint/host").asText(), ctx.describe());
        assertEquals("dsit-ctx", c.at("/endpoint/context").asText(), ctx.describe());
        assertEquals("context", c.at("/endpoint/source").asText(), ctx.describe());
    }

    @Test
    void dockerScopeExplainsAnImageAndLintsADockerfile(@TempDir Path work) throws Exception {
        install();
        String image = TestDaemon.baseImage();
        Proc.Result img = docker(TestDaemon.host(), "scope", "image", image, "--width", "90").assertExit(0);
        assertTrue(img.out().contains("LAYERS") && img.out().contains("dockscope learn layer-cache"), img.describe());

        Path dockerfile = work.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM node\nCOPY . .\nRUN npm install\n");
        Proc.Result lint = docker(TestDaemon.host(), "scope", "lint", dockerfile.toString()).assertExit(1);
        assertTrue(lint.out().contains("DS101") && lint.out().contains(dockerfile.toString()), lint.describe());
    }
}
