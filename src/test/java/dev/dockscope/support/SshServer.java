package dev.dockscope.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A private OpenSSH server on 127.0.0.1 (a free port) with a host key and a client key made for this test, whose
 * sessions see {@code DOCKER_HOST} of the test daemon, so the remote {@code docker system dial-stdio} reaches it.
 * {@link #clientBin()} holds an {@code ssh} wrapper using this server's client config; put it first on PATH.
 */
public final class SshServer implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process sshd;

    private SshServer(Path dir, int port, Process sshd) {
        this.dir = dir;
        this.port = port;
        this.sshd = sshd;
    }

    public static SshServer start(String dockerHost) throws IOException, InterruptedException {
        Path sshdBin = Path.of("/usr/sbin/sshd");
        if (!Files.isExecutable(sshdBin) || !Proc.onPath("ssh-keygen") || !Proc.onPath("ssh")) {
            String message = "OpenSSH server and client are needed (scripts/test installs openssh-server)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path dir = Files.createTempDirectory("dsit-sshd");
        Proc.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("host_key").toString()).run().assertExit(0);
        Proc.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", dir.resolve("client_key").toString()).run().assertExit(0);
        Files.copy(dir.resolve("client_key.pub"), dir.resolve("authorized_keys"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + dir.resolve("host_key"),
                "PidFile " + dir.resolve("sshd.pid"),
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "PermitRootLogin prohibit-password",
                "UsePAM no",
                "StrictModes no",
                "SetEnv DOCKER_HOST=" + dockerHost,
                ""));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("ssh_config"), String.join("\n",
                "Host 127.0.0.1",
                "  IdentityFile " + dir.resolve("client_key"),
                "  IdentitiesOnly yes",
                "  UserKnownHostsFile " + dir.resolve("known_hosts"),
                "  StrictHostKeyChecking accept-new",
                "  LogLevel ERROR",
                ""));
        Path wrapper = bin.resolve("ssh");
        Files.writeString(wrapper, "#!/bin/sh\nexec /usr/bin/ssh -F '" + dir.resolve("ssh_config") + "' \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createDirectories(Path.of("/run/sshd")); // sshd's privilege-separation folder (Debian's package makes it at boot)
        Process p = new ProcessBuilder(sshdBin.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile()).start();
        SshServer server = new SshServer(dir, port, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("sshd exited: " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return server;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        server.close();
        throw new AssertionError("sshd did not listen on 127.0.0.1:" + port);
    }

    public int port() {
        return port;
    }

    /** A folder with the {@code ssh} wrapper that uses this server's key and known-hosts file. */
    public Path clientBin() {
        return dir.resolve("bin");
    }

    public String log() throws IOException {
        return Files.readString(dir.resolve("sshd.log"));
    }

    @Override
    public void close() {
        sshd.destroy();
        try {
            if (!sshd.waitFor(5, TimeUnit.SECONDS)) {
                sshd.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
