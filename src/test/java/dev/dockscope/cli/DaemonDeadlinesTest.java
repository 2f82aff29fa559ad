package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.Timeouts;
import dev.dockscope.support.Cli;
import dev.dockscope.support.FakeDaemon;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, case 5: daemons that never answer, drip, or never stop. A fake daemon on a unix socket in a temp folder
 * (and one on loopback TCP for the Apache transport) misbehaves; dockscope ends with exit 3 and a message within
 * its --timeout, whatever the daemon does.
 */
class DaemonDeadlinesTest {
    @TempDir
    Path dir;

    private static void slowDaemon(Cli.Result r, String... parts) {
        r.assertExit(3);
        assertFalse(r.err().contains("\tat "), r.describe());
        for (String p : parts) {
            assertTrue(r.err().contains(p), "stderr lacks \"" + p + "\"" + r.describe());
        }
        assertEquals("", r.out(), r.describe());
    }

    private static final String HEAD = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\n\r\n";

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void aSocketThatAcceptsAndNeverAnswersEndsAtTheTimeout() throws Exception {
        try (FakeDaemon d = new FakeDaemon(dir, (path, c) -> Thread.sleep(60_000), false)) {
            long start = System.nanoTime();
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run("version", "--timeout", "2");
            slowDaemon(r, "no answer within 2 s", d.host(), "--timeout");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "took too long" + r.describe());
        }
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void aTerminalIsToldWhileTheDaemonIsSilent() throws Exception {
        try (FakeDaemon d = new FakeDaemon(dir, (path, c) -> Thread.sleep(60_000), false)) {
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).tty(true).run("version", "--timeout", "5");
            slowDaemon(r, "waiting for the daemon at " + d.host());
        }
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void noWaitingLineWhenStderrIsNotATerminal() throws Exception {
        try (FakeDaemon d = new FakeDaemon(dir, (path, c) -> Thread.sleep(60_000), false)) {
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run("version", "--timeout", "4");
            r.assertExit(3);
            assertFalse(r.err().contains("waiting for the daemon"), r.describe());
        }
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void aDaemonThatDripsOneByteAtATimeHitsTheTotalDeadline() throws Exception {
        FakeDaemon.Behaviour drip = (path, c) -> {
            FakeDaemon.write(c, HEAD);
            for (int i = 0; i < 1_000; i++) {
                FakeDaemon.write(c, i == 0 ? "{" : " ");
                Thread.sleep(300);
            }
        };
        try (FakeDaemon d = new FakeDaemon(dir, drip)) {
            long start = System.nanoTime();
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run("image", "app:1", "--timeout", "2");
            slowDaemon(r, "did not finish within 2 s");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20), "took too long" + r.describe());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anEndlessJsonAnswerIsCutAtTheCap() throws Exception {
        byte[] chunk = "{\"Id\":\"sha256:0\"},".repeat(4096).getBytes(StandardCharsets.US_ASCII);
        FakeDaemon.Behaviour endless = (path, c) -> {
            FakeDaemon.write(c, HEAD + "[");
            long sent = 0;
            while (sent < 4 * Timeouts.DEFAULT_MAX_JSON_BYTES) { // bounded, and far past the cap
                c.write(java.nio.ByteBuffer.wrap(chunk));
                sent += chunk.length;
            }
        };
        try (FakeDaemon d = new FakeDaemon(dir, endless)) {
            Cli.Result r = Cli.create().env("DOCKER_HOST", d.host()).run("image", "app:1");
            slowDaemon(r, "sent more than " + (Timeouts.DEFAULT_MAX_JSON_BYTES >> 20) + " MB");
        }
    }

    /** The tcp:// transport (Apache) has per-read timeouts only; the total deadline is dockscope's own. */
    @Test
    @Timeout(value = 40, unit = TimeUnit.SECONDS)
    void aDrippingTcpDaemonHitsTheTotalDeadlineToo() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket s = server.accept();
                        Thread h = new Thread(() -> tcpDrip(s));
                        h.setDaemon(true);
                        h.start();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            t.setDaemon(true);
            t.start();
            Cli.Result r = Cli.create().env("DOCKER_HOST", "tcp://127.0.0.1:" + server.getLocalPort())
                    .run("image", "app:1", "--timeout", "2");
            slowDaemon(r, "did not finish within 2 s");
        }
    }

    private static void tcpDrip(Socket s) {
        try (s) {
            byte[] buf = new byte[8192];
            int n = s.getInputStream().read(buf);
            String req = n > 0 ? new String(buf, 0, n, StandardCharsets.ISO_8859_1) : "";
            var out = s.getOutputStream();
            if (req.startsWith("GET /_ping") || req.contains(" /_ping")) {
                out.write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\nConnection: close\r\n\r\nOK"
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                return;
            }
            out.write((HEAD.replace("\r\n\r\n", "\r\nConnection: close\r\n\r\n") + "{")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            for (int i = 0; i < 200; i++) {
                out.write(' ');
                out.flush();
                Thread.sleep(300);
            }
        } catch (IOException | InterruptedException ignored) {
            // client gone
        }
    }
}
