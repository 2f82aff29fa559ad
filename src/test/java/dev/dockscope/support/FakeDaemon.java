package dev.dockscope.support;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A misbehaving "daemon" on a unix socket in a test's temp folder: it answers {@code /_ping} and {@code /version}
 * like Engine 20.10, and hands every other request to a {@link Behaviour} (silent, dripping, endless…). Each
 * connection is served on its own daemon thread; closing the fake closes the socket. Nothing leaves the machine.
 */
public final class FakeDaemon implements AutoCloseable {
    /** What to do with one request: write to the channel (or not) and return. */
    public interface Behaviour {
        void serve(String path, SocketChannel c) throws IOException, InterruptedException;
    }

    private final Path socket;
    private final ServerSocketChannel server;

    public FakeDaemon(Path dir, Behaviour behaviour) throws IOException {
        this(dir, behaviour, true);
    }

    /** {@code answerPing}: false hands {@code /_ping} to the behaviour too. */
    public FakeDaemon(Path dir, Behaviour behaviour, boolean answerPing) throws IOException {
        socket = dir.resolve("fake.sock");
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Thread t = new Thread(() -> {
            while (server.isOpen()) {
                try {
                    SocketChannel c = server.accept();
                    Thread h = new Thread(() -> handle(c, behaviour, answerPing), "fake-daemon-conn");
                    h.setDaemon(true);
                    h.start();
                } catch (IOException e) {
                    return;
                }
            }
        }, "fake-daemon");
        t.setDaemon(true);
        t.start();
    }

    public String host() {
        return "unix://" + socket;
    }

    private static void handle(SocketChannel c, Behaviour behaviour, boolean answerPing) {
        try (c) {
            String path = requestPath(c);
            if (answerPing && path.startsWith("/_ping")) {
                write(c, "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK");
            } else if (answerPing && path.startsWith("/version")) {
                String body = "{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\","
                        + "\"Os\":\"linux\",\"Arch\":\"amd64\",\"KernelVersion\":\"6.1\",\"GoVersion\":\"go1.19\"}";
                write(c, "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body);
            } else {
                behaviour.serve(path, c);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away: the test is over for this connection
        }
    }

    private static String requestPath(SocketChannel c) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            buf.clear();
            if (c.read(buf) < 0) {
                break;
            }
            head.append(new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1));
        }
        String[] parts = head.toString().split(" ", 3);
        return parts.length > 1 ? parts[1] : "";
    }

    public static void write(SocketChannel c, String s) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
        while (b.hasRemaining()) {
            c.write(b);
        }
    }

    /** A behaviour that answers every request with {@code answer(path)}. */
    public static Behaviour answering(Function<String, String> answer) {
        return (path, c) -> write(c, answer.apply(path));
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
