package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.lint.LintFormat;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release jar is minimised when it is built: it holds dockscope's classes, the classes they reach in the
 * libraries, and the whole of the libraries that load classes by name (Jackson, SnakeYAML, SLF4J, picocli, Jansi),
 * so that opening it at start costs a third of what the full jar did (bench/README.md, "Start-up, sixth pass"). The
 * in-process tests run against the full class path and would not see a class the minimised jar lacks; these runs go
 * through the unpacked release launcher instead, one for each way dockscope reaches into a library: the unix and
 * tcp transports, JSON output, every lint format, Compose YAML, a saved image with gzip and zstd layers. TLS goes
 * through the same launcher in {@link TlsTransportIT}, ssh in {@link SshTransportIT}.
 */
@ExtendWith(DaemonExtension.class)
class ReleaseJarIT {
    private static Proc.Result dockscope(String host, String... args) {
        return Release.launch(args).env("DOCKER_HOST", host).run();
    }

    @Test
    void theJarIsMinimisedAndKeepsNoServiceWithoutItsClass() throws Exception {
        try (ZipFile jar = new ZipFile(Release.home().resolve("lib/dockscope.jar").toFile())) {
            assertTrue(jar.size() < 8000, "entries: " + jar.size());
            assertTrue(jar.getEntry("com/github/dockerjava/httpclient5/ApacheDockerHttpClient.class") != null);
            assertTrue(jar.getEntry("org/bouncycastle/openssl/PEMParser.class") != null);
            assertTrue(jar.getEntry("com/google/common/collect/ImmutableList.class") == null, "unreached Guava");
            List<String> services = jar.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("META-INF/services/") && !n.endsWith("/")).toList();
            assertFalse(services.isEmpty());
            for (String s : services) {
                for (String line : new String(jar.getInputStream(jar.getEntry(s)).readAllBytes()).split("\n")) {
                    String c = line.replaceAll("#.*", "").trim();
                    if (!c.isEmpty()) {
                        assertTrue(jar.getEntry(c.replace('.', '/') + ".class") != null, s + " names " + c);
                    }
                }
            }
        }
    }

    @Test
    void imageOverUnixAndTcpAsTextAndJson() throws Exception {
        String image = TestDaemon.baseImage();
        Proc.Result text = dockscope(TestDaemon.host(), "image", image).assertExit(0);
        assertTrue(text.out().contains("IMAGE " + image), text.describe());
        Proc.Result json = dockscope(TestDaemon.host(), "image", image, "-o", "json").assertExit(0);
        JsonNode doc = Json.MAPPER.readTree(json.out());
        assertEquals(image, doc.get("ref").asText(), json.describe());
        String tcp = System.getProperty("it.docker.tcp", "");
        Assumptions.assumeTrue(tcp.startsWith("tcp://127.0.0.1:"), "no loopback tcp endpoint given (it.docker.tcp)");
        Proc.Result overTcp = dockscope(tcp, "version", "-o", "json").assertExit(0);
        assertEquals(tcp, Json.MAPPER.readTree(overTcp.out()).at("/endpoint/host").asText(), overTcp.describe());
        dockscope(tcp, "image", image).assertExit(0);
        dockscope(tcp, "network", "-o", "json").assertExit(0);
    }

    @Test
    void everyLintFormat(@TempDir Path tmp) throws Exception {
        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"),
                "FROM node\nENV DB_PASSWORD=hunter2\nCOPY . .\nRUN npm install\n");
        for (String format : Arrays.stream(LintFormat.values()).map(Enum::name).toList()) {
            Proc.Result r = dockscope(TestDaemon.host(), "lint", "--format", format, dockerfile.toString())
                    .assertExit(1);
            assertTrue(r.out().contains("DS101"), format + ": " + r.describe());
            assertFalse(r.out().contains("hunter2"), format + ": " + r.describe());
        }
    }

    @Test
    void composeYamlAndASavedImageWithGzipAndZstdLayers(@TempDir Path tmp) throws Exception {
        Path compose = Files.writeString(tmp.resolve("compose.yaml"),
                "services:\n  web:\n    image: nginx:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n");
        Proc.Result c = dockscope(TestDaemon.host(), "compose", "-f", compose.toString(), "-o", "json").assertExit(0);
        assertTrue(Json.MAPPER.readTree(c.out()).toString().contains("postgres:16"), c.describe());
        Path archive = Files.write(tmp.resolve("oci.tar"),
                ImageFixture.oci(ImageFixture.reference(), "fixture:1", true, true));
        Proc.Result a = dockscope(TestDaemon.host(), "image", "--archive", archive.toString(), "--files", "-o", "json")
                .assertExit(0);
        String files = Json.MAPPER.readTree(a.out()).toString();
        assertTrue(files.contains("app/big") && files.contains("etc"), a.describe());
    }
}
