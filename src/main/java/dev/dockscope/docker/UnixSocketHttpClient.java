package dev.dockscope.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * docker-java's transport interface over the JDK's own unix-domain sockets: a small HTTP/1.1 client for GET and HEAD,
 * one connection per request. It starts in a few milliseconds, where the Apache client spends about 150 ms setting
 * up TLS and its connection pool that a unix socket never uses. tcp:// endpoints keep the Apache client.
 */
final class UnixSocketHttpClient implements DockerHttpClient {
    private static final int MAX_HEADER_BYTES = 64 * 1024;
    private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dockscope-daemon-timeout");
                t.setDaemon(true);
                return t;
            });
    private final Path socket;
    private final Timeouts timeouts;
    private final String where;

    /** {@code timeouts}: connect, first byte, whole call (null total: an export, bounded by inactivity only). */
    UnixSocketHttpClient(Path socket, Timeouts timeouts) {
        this.socket = socket;
        this.timeouts = timeouts;
        this.where = "unix://" + socket;
    }

    @Override
    public Response execute(Request request) {
        SocketChannel channel = null;
        Watch watch = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            watch = new Watch(channel, timeouts, where);
            channel.connect(UnixDomainSocketAddress.of(socket));
            watch.connected();
            String head = request.method() + " " + request.path() + " HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: dockscope\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            ByteBuffer out = ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            InputStream in = new BufferedInputStream(watch.input(Channels.newInputStream(channel)), 64 * 1024);
            return read(in, channel, request.method().equals("HEAD"), watch);
        } catch (java.nio.channels.ClosedChannelException e) {
            closeQuietly(channel, watch);
            throw new UncheckedIOException(watch != null && watch.reason() != null
                    ? new DaemonTimeoutException(watch.reason()) : e);
        } catch (IOException e) {
            closeQuietly(channel, watch);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel, watch);
            throw e;
        }
    }

    private static void closeQuietly(java.io.Closeable c, Watch w) {
        if (w != null) {
            w.cancel();
        }
        closeQuietly(c);
    }

    /**
     * The deadlines of one request, checked a few times a second: the connection is closed when the first byte is
     * late, when no byte came for the inactivity time, or when the whole call outlives its total time; reads then
     * fail with the reason.
     */
    static final class Watch implements Runnable {
        private static final long TICK_MS = 100;
        private final SocketChannel channel;
        private final Timeouts t;
        private final String where;
        private final long start = System.nanoTime();
        private volatile long lastByte = start;
        private volatile boolean connected;
        private volatile boolean firstByte;
        private volatile String reason;
        private boolean noticed;
        private final java.util.concurrent.ScheduledFuture<?> task;

        Watch(SocketChannel channel, Timeouts t, String where) {
            this.channel = channel;
            this.t = t;
            this.where = where;
            this.task = WATCHDOG.scheduleAtFixedRate(this, TICK_MS, TICK_MS, java.util.concurrent.TimeUnit.MILLISECONDS);
        }

        void connected() {
            connected = true;
        }

        String reason() {
            return reason;
        }

        void cancel() {
            task.cancel(false);
        }

        @Override
        public void run() {
            long now = System.nanoTime();
            long sinceStart = now - start;
            String why = null;
            if (!connected && sinceStart > t.connect().toNanos()) {
                why = "could not connect within " + secs(t.connect());
            } else if (!firstByte) {
                if (!noticed && t.waiting() != null && sinceStart > Timeouts.WAITING_NOTICE_AFTER.toNanos()) {
                    noticed = true;
                    t.waiting().accept(t.firstByte());
                }
                if (sinceStart > t.firstByte().toNanos()) {
                    why = "no answer within " + secs(t.firstByte());
                }
            } else if (now - lastByte > t.inactivity().toNanos()) {
                why = "no data for " + secs(t.inactivity()) + " in the middle of an answer";
            }
            if (why == null && t.total() != null && sinceStart > t.total().toNanos()) {
                why = "the answer did not finish within " + secs(t.total()) + " (--timeout)";
            }
            if (why != null) {
                reason = why + " from " + where;
                cancel();
                closeQuietly(channel);
            }
        }

        private static String secs(java.time.Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
        }

        /** The socket's bytes, marking their arrival, and failing with the reason once the watch closed it. */
        InputStream input(InputStream raw) {
            return new BulkInputStream() {

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n;
                    try {
                        n = raw.read(b, off, len);
                    } catch (IOException e) {
                        if (reason != null) {
                            throw new DaemonTimeoutException(reason);
                        }
                        throw e;
                    }
                    if (n > 0) {
                        firstByte = true;
                        lastByte = System.nanoTime();
                    } else if (n < 0) {
                        cancel();
                    }
                    return n;
                }

                @Override
                public void close() throws IOException {
                    cancel();
                    raw.close();
                }
            };
        }
    }

    /** Reads one HTTP/1.1 answer; closing the response closes {@code connection} (also used by the ssh transport). */
    static Response read(InputStream in, java.io.Closeable connection, boolean head) throws IOException {
        return read(in, connection, head, null);
    }

    private static Response read(InputStream in, java.io.Closeable channel, boolean head, Watch watch)
            throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer from the daemon: " + status);
        }
        int code;
        try {
            code = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP answer from the daemon: " + status);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String l = line(in); !l.isEmpty(); l = line(in)) {
            int colon = l.indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(l.substring(0, colon).trim(), k -> new ArrayList<>()).add(l.substring(colon + 1).trim());
            }
        }
        InputStream body;
        String te = header(headers, "Transfer-Encoding");
        String length = header(headers, "Content-Length");
        if (head || code == 204 || code == 304) {
            body = InputStream.nullInputStream();
        } else if (te != null && te.toLowerCase(Locale.ROOT).contains("chunked")) {
            body = new ChunkedInputStream(in);
        } else if (length != null) {
            long n;
            try {
                n = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw new IOException("bad Content-Length in the daemon's answer: " + length);
            }
            if (n < 0) {
                throw new IOException("bad Content-Length in the daemon's answer: " + length);
            }
            body = new BoundedInputStream(in, n);
        } else {
            body = in;
        }
        return new Answer(code, headers, body, channel, watch);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /** One CRLF-terminated line, at most 64 KiB. */
    static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int n = b.length();
                return n > 0 && b.charAt(n - 1) == '\r' ? b.substring(0, n - 1) : b.toString();
            }
            if (b.length() >= MAX_HEADER_BYTES) {
                throw new IOException("HTTP header line longer than " + MAX_HEADER_BYTES + " bytes");
            }
            b.append((char) c);
        }
        throw new EOFException("the daemon closed the connection mid-answer");
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    @Override
    public void close() {
        // no pool: every response closes its own connection
    }

    private record Answer(int code, Map<String, List<String>> headers, InputStream body, java.io.Closeable channel,
                          Watch watch) implements Response {
        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            closeQuietly(channel, watch);
        }

        @Override
        public String getHeader(String name) {
            return UnixSocketHttpClient.header(headers, name);
        }
    }

    /** HTTP/1.1 chunked transfer coding. */
    static final class ChunkedInputStream extends BulkInputStream {
        private final InputStream in;
        private long left;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            this.in = in;
        }

        private boolean ready() throws IOException {
            if (done) {
                return false;
            }
            if (left == 0) {
                String size = line(in);
                int semi = size.indexOf(';');
                String hex = (semi >= 0 ? size.substring(0, semi) : size).trim();
                if (hex.isEmpty()) {
                    hex = line(in).trim(); // the CRLF after the previous chunk
                }
                try {
                    left = Long.parseLong(hex, 16);
                } catch (NumberFormatException e) {
                    throw new IOException("bad chunk size in the daemon's answer: " + hex);
                }
                if (left == 0) {
                    done = true;
                    return false;
                }
            }
            return true;
        }


        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!ready()) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n < 0) {
                throw new EOFException("the daemon closed the connection mid-chunk");
            }
            left -= n;
            if (left == 0) {
                line(in); // CRLF after the chunk data
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Exactly {@code length} bytes, then end of stream. */
    static final class BoundedInputStream extends InputStream {
        private final InputStream in;
        private long left;

        BoundedInputStream(InputStream in, long length) {
            this.in = in;
            this.left = length;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int c = in.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = in.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
