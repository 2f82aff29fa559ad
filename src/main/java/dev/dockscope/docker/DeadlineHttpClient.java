package dev.dockscope.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The total deadline of an API call for a transport that only knows connect and per-read timeouts (the Apache
 * client, for tcp://): the answer's body fails once the call has outlived {@link Timeouts#total()}, so a daemon
 * that drips one byte at a time cannot hold dockscope forever.
 */
final class DeadlineHttpClient implements DockerHttpClient {
    private final DockerHttpClient inner;
    private final Timeouts timeouts;
    private final String where;

    DeadlineHttpClient(DockerHttpClient inner, Timeouts timeouts, String where) {
        this.inner = inner;
        this.timeouts = timeouts;
        this.where = where;
    }

    @Override
    public Response execute(Request request) {
        long start = System.nanoTime();
        Response r = inner.execute(request);
        if (timeouts.total() == null) {
            return r;
        }
        long deadline = start + timeouts.total().toNanos();
        return new Response() {
            private final InputStream body = new FilterInputStream(r.getBody()) {
                @Override
                public int read() throws IOException {
                    check();
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    check();
                    return super.read(b, off, len);
                }
            };

            private void check() throws IOException {
                if (System.nanoTime() > deadline) {
                    r.close();
                    throw new DaemonTimeoutException("the answer did not finish within " + timeouts.total().toSeconds()
                            + " s (--timeout) from " + where);
                }
            }

            @Override
            public int getStatusCode() {
                return r.getStatusCode();
            }

            @Override
            public Map<String, List<String>> getHeaders() {
                return r.getHeaders();
            }

            @Override
            public String getHeader(String name) {
                return r.getHeader(name);
            }

            @Override
            public InputStream getBody() {
                return body;
            }

            @Override
            public void close() {
                r.close();
            }
        };
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
