package dev.dockscope.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;

/**
 * A TCP proxy on 127.0.0.1 that logs every byte a client sends, so a test can see on the wire whether dockscope
 * spoke TLS or plain HTTP. With a target ({@code tcp://127.0.0.1:PORT}) it forwards both ways; without one it only
 * listens and logs, and the client sees a silent server.
 */
public final class LoggingTcpProxy implements AutoCloseable {
    private final ServerSocket server;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private volatile int connections;

    public LoggingTcpProxy(String target) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        URI t = target == null ? null : URI.create(target.replace("tcp://", "http://"));
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    connections++;
                    Socket upstream = t == null ? null : new Socket(t.getHost(), t.getPort());
                    pump(client.getInputStream(), upstream == null ? null : upstream.getOutputStream(), true, client);
                    if (upstream != null) {
                        pump(upstream.getInputStream(), client.getOutputStream(), false, upstream);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "logging-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void pump(InputStream in, OutputStream out, boolean logged, Socket owner) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            try (owner) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    if (logged) {
                        synchronized (log) {
                            log.write(buf, 0, n);
                        }
                    }
                    if (out != null) {
                        out.write(buf, 0, n);
                        out.flush();
                    }
                }
            } catch (IOException ignored) {
                // one side closed
            }
        }, "logging-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    public String host() {
        return "tcp://127.0.0.1:" + server.getLocalPort();
    }

    /** Every byte clients sent so far. */
    public byte[] sent() {
        synchronized (log) {
            return log.toByteArray();
        }
    }

    public int connections() {
        return connections;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
