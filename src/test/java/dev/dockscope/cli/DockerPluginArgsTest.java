package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerPluginArgsTest {
    @Test
    void thePluginNameIsDroppedAndTheRestPassesThrough() {
        DockerPluginArgs.Translated t = DockerPluginArgs.translate("scope", "image", "app:1", "--files");
        assertEquals(List.of("image", "app:1", "--files"), t.args());
        assertTrue(t.env().isEmpty());
    }

    @Test
    void dockersHostFlagBecomesDockscopesAfterTheCommandName() {
        assertEquals(List.of("image", "--host", "tcp://127.0.0.1:2375", "app"),
                DockerPluginArgs.translate("-H", "tcp://127.0.0.1:2375", "scope", "image", "app").args());
        assertEquals(List.of("version", "--host", "unix:///s.sock"),
                DockerPluginArgs.translate("--host=unix:///s.sock", "scope", "version").args());
        assertEquals(List.of("version", "--host", "unix:///s.sock"),
                DockerPluginArgs.translate("-Hunix:///s.sock", "scope", "version").args());
    }

    @Test
    void withoutACommandTheOptionsGoFirst() {
        assertEquals(List.of("--context", "prod", "--debug"),
                DockerPluginArgs.translate("-c", "prod", "-D", "scope").args());
    }

    @Test
    void contextFlagHidesDockerHostLikeDockerDoes() {
        DockerPluginArgs.Translated t = DockerPluginArgs.translate("--context", "prod", "scope", "version");
        assertEquals(List.of("version", "--context", "prod"), t.args());
        assertTrue(t.env().containsKey("DOCKER_HOST"));
        assertNull(t.apply(Map.of("DOCKER_HOST", "unix:///env.sock", "HOME", "/h")::get).apply("DOCKER_HOST"));
        assertEquals("/h", t.apply(Map.of("HOME", "/h")::get).apply("HOME"));
    }

    @Test
    void configFolderAndTlsOptionsBecomeTheEnvironment() {
        DockerPluginArgs.Translated t = DockerPluginArgs.translate("--config", "/cfg", "--tlsverify", "--tlscacert",
                "/certs/ca.pem", "--tlscert=/certs/cert.pem", "--tlskey", "/certs/key.pem", "-l", "debug", "scope", "lint");
        assertEquals(List.of("lint"), t.args());
        assertEquals("/cfg", t.env().get("DOCKER_CONFIG"));
        assertEquals("1", t.env().get("DOCKER_TLS_VERIFY"));
        assertEquals("/certs", t.env().get("DOCKER_CERT_PATH"));
    }

    @Test
    void tlsFilesOutsideOneFolderAreAUsageError() {
        DockscopeException e = assertThrows(DockscopeException.class, () -> DockerPluginArgs.translate("--tlscacert",
                "/a/ca.pem", "--tlscert", "/b/cert.pem", "scope", "version"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().contains("one folder"), e.getMessage());
    }

    @Test
    void hostAndContextTogetherAreAUsageError() {
        assertThrows(DockscopeException.class, () -> DockerPluginArgs.translate("-H", "unix:///a", "-c", "x", "scope"));
    }

    @Test
    void runAsPluginTheDockerOptionsDecideTheEndpoint(@TempDir Path cfg) throws Exception {
        Cli.Result r = Cli.create().env("DOCKSCOPE_DOCKER_PLUGIN", "1").env("DOCKER_HOST", "unix:///from-env.sock")
                .env("DOCKER_CONFIG", cfg.toString())
                .run("--config", cfg.toString(), "-H", "unix:///nonexistent/dsit.sock", "scope", "version", "-o", "json");
        r.assertExit(3);
        assertTrue(r.err().contains("unix:///nonexistent/dsit.sock") && r.err().contains("--host"), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void runAsPluginAnUnknownDockerOptionSaysSo() {
        Cli.Result r = Cli.create().env("DOCKSCOPE_DOCKER_PLUGIN", "1").run("--frobnicate", "scope", "version");
        r.assertExit(2);
        assertTrue(r.err().contains("--frobnicate"), r.describe());
    }

    @Test
    void installWritesAScriptThatAnswersTheHandshakeAndRunsTheLauncher(@TempDir Path cfg) throws Exception {
        Path launcher = Files.writeString(cfg.resolve("fake launcher"), "#!/bin/sh\necho \"ran $DOCKSCOPE_DOCKER_PLUGIN $*\"\n");
        launcher.toFile().setExecutable(true);
        Cli.Result r = Cli.create().env("DOCKER_CONFIG", cfg.toString()).env("DOCKSCOPE_LAUNCHER", launcher.toString())
                .run("plugin", "install");
        r.assertExit(0);
        Path plugin = cfg.resolve("cli-plugins/docker-scope");
        Process p = new ProcessBuilder(plugin.toString(), "-c", "x", "scope", "image", "a b").start();
        assertEquals("ran 1 -c x scope image a b\n", new String(p.getInputStream().readAllBytes()));
        assertEquals(0, p.waitFor());

        Files.writeString(plugin, "#!/bin/sh\necho someone else's\n");
        Cli.Result refused = Cli.create().env("DOCKER_CONFIG", cfg.toString()).run("plugin", "uninstall");
        refused.assertExit(2);
        assertTrue(refused.err().contains("not written by dockscope"), refused.describe());
        assertTrue(Files.exists(plugin));
    }
}
