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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unix-socket proxy in front of the real daemon that records the request line of every HTTP request that passes,
 * so a test can prove what dockscope sent, whatever code path sent it.
 */
public final class RecordingProxy implements AutoCloseable {
    private static final Pattern REQUEST_LINE =
            Pattern.compile("(?:^|\r\n)([A-Z]{3,7}) (/\\S*) HTTP/1\\.[01]\r\n");
    private final Path socket;
    private final Path target;
    private final ServerSocketChannel server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread acceptor;

    public RecordingProxy(Path dir, String targetHost) throws IOException {
        if (!targetHost.startsWith("unix://")) {
            throw new IllegalArgumentException("the recording proxy needs a unix socket daemon, got " + targetHost);
        }
        this.target = Path.of(targetHost.substring("unix://".length()));
        this.socket = dir.resolve("proxy.sock");
        Files.deleteIfExists(socket);
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        acceptor = new Thread(this::acceptLoop, "recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String host() {
        return "unix://" + socket;
    }

    /** Every request line seen so far, as {@code METHOD /path}. */
    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel client = server.accept();
                SocketChannel upstream = SocketChannel.open(UnixDomainSocketAddress.of(target));
                Thread up = new Thread(() -> pump(client, upstream, true), "proxy-up");
                Thread down = new Thread(() -> pump(upstream, client, false), "proxy-down");
                up.setDaemon(true);
                down.setDaemon(true);
                up.start();
                down.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(SocketChannel from, SocketChannel to, boolean record) {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        StringBuilder window = new StringBuilder();
        try (from; to) {
            while (from.read(buf) >= 0) {
                buf.flip();
                if (record) {
                    window.append(StandardCharsets.ISO_8859_1.decode(buf.duplicate()));
                    Matcher m = REQUEST_LINE.matcher(window);
                    int end = 0;
                    while (m.find()) {
                        requests.add(m.group(1) + " " + m.group(2));
                        end = m.end();
                    }
                    window.delete(0, Math.max(end, Math.max(0, window.length() - 256)));
                }
                while (buf.hasRemaining()) {
                    to.write(buf);
                }
                buf.clear();
            }
        } catch (IOException ignored) {
            // connection closed by either side
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        Files.deleteIfExists(socket);
    }
}
