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
    private final java.time.Duration answerTimeout;

    /** {@code answerTimeout}: how long the daemon may take to start answering (null: no limit, for exports). */
    UnixSocketHttpClient(Path socket, java.time.Duration answerTimeout) {
        this.socket = socket;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public Response execute(Request request) {
        SocketChannel channel = null;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
            String head = request.method() + " " + request.path() + " HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: dockscope\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            ByteBuffer out = ByteBuffer.wrap(head.getBytes(StandardCharsets.ISO_8859_1));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
            SocketChannel c = channel;
            java.util.concurrent.ScheduledFuture<?> watchdog = answerTimeout == null ? null
                    : WATCHDOG.schedule(() -> closeQuietly(c), answerTimeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            try {
                return read(in, channel, request.method().equals("HEAD"));
            } finally {
                if (watchdog != null) {
                    watchdog.cancel(false);
                }
            }
        } catch (java.nio.channels.AsynchronousCloseException e) {
            throw new UncheckedIOException(new java.net.SocketTimeoutException("no answer within "
                    + answerTimeout.toSeconds() + " s"));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Reads one HTTP/1.1 answer; closing the response closes {@code connection} (also used by the ssh transport). */
    static Response read(InputStream in, java.io.Closeable connection, boolean head) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer from the daemon: " + status);
        }
        int code = Integer.parseInt(parts[1]);
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
            body = new BoundedInputStream(in, Long.parseLong(length.trim()));
        } else {
            body = in;
        }
        return new Answer(code, headers, body, connection);
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

    private record Answer(int code, Map<String, List<String>> headers, InputStream body, java.io.Closeable channel)
            implements Response {
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
            closeQuietly(channel);
        }

        @Override
        public String getHeader(String name) {
            return UnixSocketHttpClient.header(headers, name);
        }
    }

    /** HTTP/1.1 chunked transfer coding. */
    static final class ChunkedInputStream extends InputStream {
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
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
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
