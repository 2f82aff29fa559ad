package dev.dockscope.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The real daemon for integration tests, found like the product finds it ({@code it.docker.host} system property,
 * else {@code DOCKER_HOST}, else the default socket). Objects are created with the docker CLI, named with a prefix
 * unique to this JVM and labelled {@value #LABEL}, and removed by {@link DaemonExtension} after each test class.
 */
public final class TestDaemon {
    public static final String LABEL = "dev.dockscope.test";
    /** The busybox base image every test image starts from (built once per run, never pulled). */
    public static final String BASE = "dsit-busybox:1";
    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final List<String[]> CREATED = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean baseBuilt;

    private TestDaemon() {
    }

    public static String host() {
        String h = System.getProperty("it.docker.host");
        if (h == null || h.isBlank()) {
            h = System.getenv("DOCKER_HOST");
        }
        return h == null || h.isBlank() ? "unix:///var/run/docker.sock" : h;
    }

    /** A name unique to this run: {@code dsit-<run>-<what>}. */
    public static String name(String what) {
        return "dsit-" + RUN + "-" + what;
    }

    static boolean reachable() {
        try {
            return exec(List.of("docker", "version", "--format", "{{.Server.APIVersion}}"), null, 20).code == 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Runs the docker CLI against the test daemon; fails the test on a non-zero exit. Returns stdout, trimmed. */
    public static String docker(String... args) {
        return dockerIn(null, args);
    }

    public static String dockerIn(Path dir, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("docker");
        cmd.addAll(List.of(args));
        Exec r = exec(cmd, dir, 300);
        if (r.code != 0) {
            throw new AssertionError("docker " + String.join(" ", args) + " failed (" + r.code + "):\n" + r.out + r.err);
        }
        return r.out.trim();
    }

    /** Builds an image from a Dockerfile and extra files (name -> content); legacy builder, no pulls. */
    public static String build(String tag, String dockerfile, Map<String, String> files) {
        baseImage();
        try {
            Path ctx = Files.createTempDirectory("dsit-ctx");
            Files.writeString(ctx.resolve("Dockerfile"), dockerfile, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = ctx.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return buildContext(tag, ctx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds an image from a prepared context folder (which has a Dockerfile). */
    public static String buildContext(String tag, Path ctx) {
        baseImage();
        track("image", tag);
        dockerIn(ctx, "build", "-q", "--label", LABEL + "=" + RUN, "-t", tag, ".");
        return tag;
    }

    /** {@code FROM scratch} + static busybox: the base of every test image. */
    public static synchronized String baseImage() {
        if (baseBuilt) {
            return BASE;
        }
        Exec exists = exec(List.of("docker", "image", "inspect", "--format", "{{.Id}}", BASE), null, 30);
        if (exists.code != 0) {
            try {
                Path ctx = Files.createTempDirectory("dsit-base");
                Files.copy(Path.of("/bin/busybox"), ctx.resolve("busybox"));
                Files.writeString(ctx.resolve("Dockerfile"), String.join("\n",
                        "FROM scratch",
                        "COPY busybox /bin/busybox",
                        "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]",
                        "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                        "CMD [\"sh\"]", ""));
                dockerIn(ctx, "build", "-q", "--label", LABEL + "=base", "-t", BASE, ".");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        baseBuilt = true;
        return BASE;
    }

    /**
     * {@code docker import} of a one-file tree ({@code /etc/greeting}), written as a tar in {@code dir}: an image
     * with no build history. Tracked for removal; returns the tag.
     */
    public static String importGreeting(Path dir, String tag) throws IOException {
        Path tar = dir.resolve("rootfs.tar");
        try (OutputStream os = Files.newOutputStream(tar); TarArchiveOutputStream t = new TarArchiveOutputStream(os)) {
            byte[] data = "hello\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry e = new TarArchiveEntry("etc/greeting");
            e.setSize(data.length);
            t.putArchiveEntry(e);
            t.write(data);
            t.closeArchiveEntry();
        }
        track("image", tag);
        docker("import", tar.toString(), tag);
        return tag;
    }

    /** Remembers an object to remove after the test class: kind is container, image, network or volume. */
    public static void track(String kind, String name) {
        CREATED.add(new String[] {kind, name});
    }

    /** The images tracked so far (built, tagged, imported or loaded by the test class). */
    static List<String> trackedImages() {
        synchronized (CREATED) {
            return CREATED.stream().filter(o -> o[0].equals("image")).map(o -> o[1]).toList();
        }
    }

    /** Removes everything tracked so far, containers first. Errors are ignored (objects may be gone already). */
    static void cleanup() {
        List<String[]> all;
        synchronized (CREATED) {
            all = new ArrayList<>(CREATED);
            CREATED.clear();
        }
        for (String kind : List.of("container", "image", "network", "volume")) {
            for (String[] o : all) {
                if (o[0].equals(kind)) {
                    List<String> cmd = new ArrayList<>(List.of("docker", kind, "rm"));
                    if (!kind.equals("network")) {
                        cmd.add("-f");
                    }
                    cmd.add(o[1]);
                    exec(cmd, null, 60);
                }
            }
        }
    }

    record Exec(int code, String out, String err) {
    }

    static Exec exec(List<String> cmd, Path dir, int timeoutSeconds) {
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.environment().put("DOCKER_HOST", host());
            pb.environment().put("DOCKER_BUILDKIT", "0");
            pb.environment().remove("DOCKER_CONTEXT");
            if (dir != null) {
                pb.directory(dir.toFile());
            }
            Process p = pb.start();
            p.getOutputStream().close();
            StreamGobbler out = new StreamGobbler(p.getInputStream());
            StreamGobbler err = new StreamGobbler(p.getErrorStream());
            out.start();
            err.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", cmd) + " timed out after " + timeoutSeconds + " s");
            }
            out.join();
            err.join();
            return new Exec(p.exitValue(), out.text(), err.text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static final class StreamGobbler extends Thread {
        private final InputStream in;
        private volatile String text = "";

        StreamGobbler(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "(unreadable: " + e.getMessage() + ")";
            }
        }

        String text() {
            return text;
        }
    }
}
