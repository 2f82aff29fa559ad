package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.support.Cli;
import dev.dockscope.support.FakeDaemon;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, cases 10 and 11: input at fault is exit 2 (or 3 for the daemon), with one message, never 70 or 0. */
class ExitCodeContractTest {
    private static final String NOWHERE = "unix:///nonexistent/dockscope.sock";

    @TempDir
    Path dir;

    private static void oneLine(Cli.Result r, int code) {
        r.assertExit(code);
        assertFalse(r.err().contains("internal error"), r.describe());
        assertFalse(r.err().contains("\tat "), r.describe());
        assertTrue(r.err().lines().count() <= 2, r.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"unix://", "unix://relative.sock", "tcp://:abc", "tcp://[::1", "tcp://host:99999",
        "tcp://host:2375/path", "tcp://a:b:c", "tcp://", "ftp://x", "tcp://.2:2375", "tcp://a_b:1",
        "tcp://300.1.1.1:2375"})
    void aBadDaemonAddressIsExitTwo(String host) {
        oneLine(Cli.create().env("DOCKER_HOST", host).run("version"), 2);
    }

    @Test
    void aBadAddressInAContextIsExitTwo() throws Exception {
        Path config = dir.resolve("cfg");
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("bad".getBytes(StandardCharsets.UTF_8)));
        Path meta = Files.createDirectories(config.resolve("contexts/meta/" + digest));
        Files.writeString(meta.resolve("meta.json"), "{\"Endpoints\":{\"docker\":{\"Host\":\"tcp://[::1\"}}}");
        oneLine(Cli.create().env("DOCKER_HOST", null).env("DOCKER_CONFIG", config.toString())
                .run("version", "--context", "bad"), 2);
        Files.writeString(meta.resolve("meta.json"), "{\"Endpoints\": nope");
        Cli.Result r = Cli.create().env("DOCKER_HOST", null).env("DOCKER_CONFIG", config.toString())
                .run("version", "--context", "bad");
        oneLine(r, 2);
        assertFalse(r.err().contains("StreamReadFeature"), r.describe());
        assertTrue(r.err().contains("line 1"), r.describe());
    }

    @Test
    void aUnixSocketPathWithSpacesIsUsedAsWritten() throws Exception {
        Path spaced = Files.createDirectories(dir.resolve("my dir"));
        try (FakeDaemon d = new FakeDaemon(spaced,
                (path, c) -> { }, true)) {
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run("version", "-o", "json");
            r.assertExit(0);
            assertTrue(r.out().contains("20.10.24"), r.describe());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a:b:c:d@@", "app\u0007:1", "app:1\n", "UPPER:1", "app@sha256:xyz", "a b"})
    void aMalformedRefIsExitTwoBeforeAnyRequest(String ref) {
        oneLine(Cli.create().env("DOCKER_HOST", NOWHERE).run("image", ref), 2);
    }

    @Test
    void depthZeroIsAllowedAsDocumented() throws Exception {
        Path f = dir.resolve("a.tar");
        Files.write(f, ImageFixture.legacy(ImageFixture.reference(), "app:1"));
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "--files", "--depth", "0");
        r.assertExit(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/full", "/nonexistent/dir/report.xml"})
    void anUnwritableJunitPathIsExitTwo(String target) throws Exception {
        Path f = dir.resolve("a.tar");
        Files.write(f, ImageFixture.legacy(ImageFixture.reference(), "app:1"));
        Cli.Result r = Cli.create().run("image", "--archive", f.toString(), "--ci", "--junit", target);
        oneLine(r, 2);
        assertTrue(r.err().contains("cannot write the JUnit report"), r.describe());
    }

    @Test
    void aFullStdoutIsExitTwoNotSuccess() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream full = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, true);
        int code = dev.dockscope.Dockscope.run(new Io(full, new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.<String, String>of()::get, false, false, new ByteArrayInputStream(new byte[0])),
                "learn", "--no-live");
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, code, stderr);
        assertTrue(stderr.contains("could not write output"), stderr);
    }

    private static final String HTML_404 = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 48"
            + "\r\nConnection: close\r\n\r\n<html><body><h1>404 Not Found</h1></body></html>\n";

    @ParameterizedTest
    @ValueSource(strings = {"version", "image", "runtime"})
    void aWebServerThatAnswers404IsNotADaemonExitThree(String command) throws Exception {
        try (FakeDaemon d = new FakeDaemon(dir, FakeDaemon.answering(path -> HTML_404), false)) {
            String[] args = command.equals("image") ? new String[] {"image", "app:1"} : new String[] {command};
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run(args);
            oneLine(r, 3);
            assertTrue(r.err().contains("does not speak the Docker Engine API"), r.describe());
            assertFalse(r.err().contains("<html>"), r.describe());
        }
    }

    @Test
    void a404WithoutTheEnginesErrorBodyOnAnObjectIsExitThree() throws Exception {
        // answers /_ping and /version like a daemon, then an HTML 404 for the image: a proxy in front of nothing
        try (FakeDaemon d = new FakeDaemon(dir, FakeDaemon.answering(path -> HTML_404), true)) {
            oneLine(Cli.create().env("DOCKER_HOST", d.host()).run("image", "app:1"), 3);
        }
    }

    @Test
    void theEnginesNoSuchImageIsStillExitFour() throws Exception {
        String body = "{\"message\":\"No such image: app:1\"}";
        try (FakeDaemon d = new FakeDaemon(dir, FakeDaemon.answering(path -> path.startsWith("/images/app")
                ? "HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body
                : "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close"
                        + "\r\n\r\n[]"), true)) {
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run("image", "app:1");
            oneLine(r, 4);
            assertTrue(r.err().contains("no image \"app:1\""), r.describe());
        }
    }
}
