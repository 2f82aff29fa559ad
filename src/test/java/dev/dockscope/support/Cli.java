package dev.dockscope.support;

import dev.dockscope.Dockscope;
import dev.dockscope.cli.Io;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs dockscope in-process with captured stdout/stderr and an environment of the test's choosing (nothing leaks in
 * from the real environment unless asked). Every result prints exit code, stdout and stderr together on failure.
 */
public final class Cli {
    private final Map<String, String> env = new HashMap<>();
    private boolean tty;
    private byte[] stdin = new byte[0];

    private Cli() {
    }

    /** An environment with only HOME set to a folder that has no Docker config, plus {@code DOCKER_HOST} of the IT daemon when one is known. */
    public static Cli create() {
        Cli c = new Cli();
        c.env.put("HOME", System.getProperty("java.io.tmpdir") + "/dockscope-test-home");
        String host = System.getProperty("it.docker.host");
        if (host == null || host.isBlank()) {
            host = System.getenv("DOCKER_HOST");
        }
        if (host != null && !host.isBlank()) {
            c.env.put("DOCKER_HOST", host);
        }
        return c;
    }

    public Cli env(String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
        return this;
    }

    /** Pretend stdout and stderr are terminals. */
    public Cli tty(boolean tty) {
        this.tty = tty;
        return this;
    }

    /** What the command reads on standard input. */
    public Cli stdin(byte[] bytes) {
        this.stdin = bytes.clone();
        return this;
    }

    public Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        Map<String, String> snapshot = Map.copyOf(env);
        int code = Dockscope.run(new Io(o, e, snapshot::get, tty, tty, new java.io.ByteArrayInputStream(stdin)), args);
        o.flush();
        e.flush();
        return new Result(String.join(" ", args), code, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    public record Result(String command, int exitCode, String out, String err) {
        /** The whole result, for assertion messages. */
        public String describe() {
            return "\n$ dockscope " + command + "\nexit code: " + exitCode + "\n--- stdout ---\n" + out
                    + "\n--- stderr ---\n" + err + "\n--------------";
        }

        public Result assertExit(int expected) {
            if (exitCode != expected) {
                throw new AssertionError("expected exit code " + expected + describe());
            }
            return this;
        }
    }
}
