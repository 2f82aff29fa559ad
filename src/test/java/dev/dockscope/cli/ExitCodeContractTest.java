package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.support.Cli;
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
        try (dev.dockscope.support.FakeDaemon d = new dev.dockscope.support.FakeDaemon(spaced,
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
}
