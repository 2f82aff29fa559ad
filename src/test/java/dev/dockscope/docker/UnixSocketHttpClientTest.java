package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unix-socket transport against a scripted server on a socket in a temp folder (no daemon). */
class UnixSocketHttpClientTest {
    @TempDir
    Path dir;
    private ServerSocketChannel server;
    private final AtomicReference<String> seen = new AtomicReference<>();

    private Path serve(String answer, boolean answerAtAll) throws IOException {
        Path sock = dir.resolve("d.sock");
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(sock));
        Thread t = new Thread(() -> {
            try (SocketChannel c = server.accept()) {
                ByteBuffer buf = ByteBuffer.allocate(4096);
                c.read(buf);
                seen.set(new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1));
                if (!answerAtAll) {
                    Thread.sleep(5_000);
                    return;
                }
                c.write(ByteBuffer.wrap(answer.getBytes(StandardCharsets.ISO_8859_1)));
            } catch (IOException | InterruptedException ignored) {
                // test over
            }
        });
        t.setDaemon(true);
        t.start();
        return sock;
    }

    @AfterEach
    void stop() throws IOException {
        if (server != null) {
            server.close();
        }
    }

    private static DockerHttpClient.Request get(String path) {
        return DockerHttpClient.Request.builder().method(DockerHttpClient.Request.Method.GET).path(path).build();
    }

    @Test
    void readsAContentLengthAnswerAndSendsAPlainGet() throws Exception {
        Path sock = serve("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nApi-Version: 1.41\r\n"
                + "Content-Length: 11\r\n\r\n{\"a\":true}\nEXTRA", true);
        try (DockerHttpClient.Response r = new UnixSocketHttpClient(sock, Timeouts.of(Duration.ofSeconds(5), null)).execute(get("/info"))) {
            assertEquals(200, r.getStatusCode());
            assertEquals("1.41", r.getHeader("api-version"));
            assertEquals("{\"a\":true}\n", new String(r.getBody().readAllBytes(), StandardCharsets.UTF_8));
        }
        assertTrue(seen.get().startsWith("GET /info HTTP/1.1\r\n"), seen.get());
    }

    @Test
    void decodesChunkedAnswers() throws Exception {
        Path sock = serve("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "5\r\n{\"mes\r\n12;ext=1\r\nsage\":\"no such x\"}\r\n0\r\n\r\n", true);
        try (DockerHttpClient.Response r = new UnixSocketHttpClient(sock, Timeouts.of(Duration.ofSeconds(5), null)).execute(get("/x"))) {
            assertEquals(404, r.getStatusCode());
            assertEquals("{\"message\":\"no such x\"}", new String(r.getBody().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aDaemonThatNeverAnswersTimesOut() throws Exception {
        Path sock = serve(null, false);
        long start = System.nanoTime();
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new UnixSocketHttpClient(sock, Timeouts.of(Duration.ofMillis(300), null)).execute(get("/info")));
        assertTrue(e.getCause().getMessage().contains("no answer within"), e.getCause().getMessage());
        assertTrue(System.nanoTime() - start < 4_000_000_000L, "the timeout did not cut the wait short");
    }

    @Test
    void aMissingSocketFailsAtOnce() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> new UnixSocketHttpClient(dir.resolve("none.sock"), Timeouts.of(Duration.ofSeconds(5), null)).execute(get("/_ping")));
        assertTrue(e.getCause().getMessage().contains("No such file"), e.getCause().getMessage());
    }

    @Test
    void garbageIsNotTakenForAnAnswer() throws Exception {
        Path sock = serve("SSH-2.0-OpenSSH\r\n\r\n", true);
        assertThrows(UncheckedIOException.class,
                () -> new UnixSocketHttpClient(sock, Timeouts.of(Duration.ofSeconds(5), null)).execute(get("/_ping")));
    }
}
