package dev.dockscope.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * docker-java's transport interface over {@code ssh … docker system dial-stdio} ({@link SshTarget}): one ssh
 * subprocess per request, the HTTP/1.1 request written to its stdin and the answer read from its stdout with the
 * same reader as the unix-socket client. What ssh says on stderr (host key, permission denied, no route, no docker
 * on the remote side) becomes the failure message.
 */
final class SshDialStdioHttpClient implements DockerHttpClient {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dockscope-ssh-timeout");
        t.setDaemon(true);
        return t;
    });
    private final SshTarget target;
    private final String ssh;
    private final Duration answerTimeout;

    /** {@code answerTimeout}: how long the remote daemon may take to start answering (null: no limit, for exports). */
    SshDialStdioHttpClient(SshTarget target, String ssh, Duration answerTimeout) {
        this.target = target;
        this.ssh = ssh;
        this.answerTimeout = answerTimeout;
    }

    @Override
    public Response execute(Request request) {
        Process p;
        try {
            p = new ProcessBuilder(target.command(ssh)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot run " + ssh + " (is the OpenSSH client installed?): "
                    + e.getMessage(), e));
        }
        Stderr stderr = new Stderr(p.getErrorStream());
        stderr.start();
        ScheduledFuture<?> watchdog = answerTimeout == null ? null
                : WATCHDOG.schedule(p::destroyForcibly, answerTimeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            OutputStream out = p.getOutputStream();
            String head = request.method() + " " + request.path() + " HTTP/1.1\r\nHost: docker\r\n"
                    + "User-Agent: dockscope\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = new BufferedInputStream(p.getInputStream(), 64 * 1024);
            return UnixSocketHttpClient.read(in, () -> {
                p.destroy();
                try {
                    p.waitFor(2, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                p.destroyForcibly();
            }, request.method().equals("HEAD"));
        } catch (IOException e) {
            String said = stderr.text(p);
            p.destroyForcibly();
            if (watchdog != null && watchdog.isDone() && !watchdog.isCancelled()) {
                throw new UncheckedIOException(new java.net.SocketTimeoutException("no answer over ssh within "
                        + answerTimeout.toSeconds() + " s"));
            }
            throw new UncheckedIOException(new IOException("ssh to " + target.host() + " failed"
                    + (said.isEmpty() ? ": " + e.getMessage() : ": " + said), e));
        } finally {
            if (watchdog != null) {
                watchdog.cancel(false);
            }
        }
    }

    @Override
    public void close() {
        // no pool: every response ends its own ssh process
    }

    /** Collects what ssh writes on stderr (the first 4 KiB), so a failure can say what ssh said. */
    private static final class Stderr extends Thread {
        private final InputStream in;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();

        Stderr(InputStream in) {
            super("dockscope-ssh-stderr");
            setDaemon(true);
            this.in = in;
        }

        @Override
        public void run() {
            byte[] b = new byte[1024];
            try {
                for (int n; (n = in.read(b)) >= 0; ) {
                    synchronized (buf) {
                        if (buf.size() < 4096) {
                            buf.write(b, 0, Math.min(n, 4096 - buf.size()));
                        }
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
        }

        /** stderr so far, after giving ssh a moment to finish writing it. */
        String text(Process p) {
            try {
                p.waitFor(3, TimeUnit.SECONDS);
                join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (buf) {
                return buf.toString(StandardCharsets.UTF_8).strip().replaceAll("\\s*\\n\\s*", "; ");
            }
        }
    }
}
