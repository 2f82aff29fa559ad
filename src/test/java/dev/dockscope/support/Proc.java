package dev.dockscope.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external program (docker CLI, the release launcher, pre-commit, ssh…) with an environment of the test's choosing. */
public final class Proc {
    private final List<String> cmd = new ArrayList<>();
    private final Map<String, String> env = new HashMap<>();
    private Path dir;
    private int timeoutSeconds = 300;
    private boolean inheritEnv = true;

    private Proc(List<String> cmd) {
        this.cmd.addAll(cmd);
    }

    public static Proc of(String... cmd) {
        return new Proc(List.of(cmd));
    }

    public static Proc of(List<String> cmd) {
        return new Proc(cmd);
    }

    /** A null value removes the variable. */
    public Proc env(String name, String value) {
        env.put(name, value);
        return this;
    }

    /** Start from an empty environment instead of this JVM's. */
    public Proc cleanEnv() {
        inheritEnv = false;
        return this;
    }

    public Proc dir(Path dir) {
        this.dir = dir;
        return this;
    }

    public Proc timeout(int seconds) {
        this.timeoutSeconds = seconds;
        return this;
    }

    public Result run() {
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (!inheritEnv) {
            pb.environment().clear();
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (e.getValue() == null) {
                pb.environment().remove(e.getKey());
            } else {
                pb.environment().put(e.getKey(), e.getValue());
            }
        }
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        try {
            File out = File.createTempFile("dsit-proc", ".out");
            File err = File.createTempFile("dsit-proc", ".err");
            try {
                pb.redirectOutput(out).redirectError(err).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                Process p = pb.start();
                if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(String.join(" ", cmd) + " did not finish within " + timeoutSeconds + " s");
                }
                return new Result(String.join(" ", cmd), p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                        Files.readString(err.toPath(), StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out.toPath());
                Files.deleteIfExists(err.toPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether a program is on this JVM's PATH. */
    public static boolean onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }

    public record Result(String command, int exitCode, String out, String err) {
        public String describe() {
            return "\n$ " + command + "\nexit code: " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err
                    + "\n--------------";
        }

        public Result assertExit(int expected) {
            if (exitCode != expected) {
                throw new AssertionError("expected exit code " + expected + describe());
            }
            return this;
        }
    }
}
