package dev.dockscope.support;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Podman serving its Docker-compatible API on a private unix socket ({@code podman system service}), with
 * its own storage (vfs) in a temp folder, so nothing of the machine's own Podman is touched. Images are built with
 * {@code podman build} from the same scratch + static busybox base as the Docker tests; nothing is pulled.
 */
public final class PodmanService implements AutoCloseable {
    private final Path dir;
    private final Process service;

    private PodmanService(Path dir, Process service) {
        this.dir = dir;
        this.service = service;
    }

    public static PodmanService start() throws IOException, InterruptedException {
        if (!Proc.onPath("podman")) {
            String message = "podman is needed (scripts/test installs it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path dir = Files.createTempDirectory("dsit-podman");
        List<String> cmd = new ArrayList<>(podman(dir));
        cmd.addAll(List.of("system", "service", "--time=0", "unix://" + dir.resolve("podman.sock")));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("service.log").toFile())
                .start();
        PodmanService s = new PodmanService(dir, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("podman system service exited: " + Files.readString(dir.resolve("service.log")));
            }
            try (SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                ch.connect(UnixDomainSocketAddress.of(dir.resolve("podman.sock")));
                return s;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        s.close();
        throw new AssertionError("podman system service did not listen within 60 s");
    }

    private static List<String> podman(Path dir) {
        return List.of("podman", "--root", dir.resolve("root").toString(), "--runroot", dir.resolve("run").toString(),
                "--storage-driver", "vfs", "--cgroup-manager", "cgroupfs", "--events-backend", "file");
    }

    public String host() {
        return "unix://" + dir.resolve("podman.sock");
    }

    /** Runs the podman CLI on this service's storage; fails on a non-zero exit; returns stdout, trimmed. */
    public String podman(String... args) {
        List<String> cmd = new ArrayList<>(podman(dir));
        cmd.addAll(List.of(args));
        Proc.Result r = Proc.of(cmd).timeout(300).run();
        if (r.exitCode() != 0) {
            throw new AssertionError("podman " + String.join(" ", args) + " failed" + r.describe());
        }
        return r.out().trim();
    }

    /** Builds {@code tag} FROM scratch with busybox and the given extra lines. */
    public void buildBusybox(String tag, String... lines) throws IOException {
        Path ctx = Files.createDirectories(dir.resolve("ctx-" + tag.replaceAll("[^a-z0-9]", "-")));
        Files.copy(Path.of("/bin/busybox"), ctx.resolve("busybox"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(ctx.resolve("Dockerfile"), "FROM scratch\nCOPY busybox /bin/busybox\n"
                + "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n" + String.join("\n", lines) + "\n");
        podman("build", "--isolation", "chroot", "-q", "-t", tag, ctx.toString());
    }

    @Override
    public void close() {
        service.destroy();
        try {
            if (!service.waitFor(20, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Proc.of("rm", "-rf", dir.toString()).run();
    }
}
