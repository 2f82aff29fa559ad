package dev.dockscope.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A second private dockerd that only listens on tcp://127.0.0.1:PORT with {@code --tlsverify}, with a CA, a server
 * certificate (for IP 127.0.0.1) and a client certificate made by openssl for this test; plus a second, unrelated CA.
 * Its own data-root, exec-root and pidfile in a temp folder; no bridge, no iptables. Stopped and removed by close().
 */
public final class TlsDaemon implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Process dockerd;

    private TlsDaemon(Path dir, int port, Process dockerd) {
        this.dir = dir;
        this.port = port;
        this.dockerd = dockerd;
    }

    public static TlsDaemon start() throws IOException, InterruptedException {
        if (!Proc.onPath("dockerd") || !Proc.onPath("openssl")) {
            String message = "dockerd and openssl are needed (scripts/test installs docker.io and openssl)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        Path dir = Files.createTempDirectory("dsit-tls");
        Path certs = Files.createDirectories(dir.resolve("client"));
        Path other = Files.createDirectories(dir.resolve("other-ca"));
        ca(dir, "ca", "dockscope test CA");
        ca(other, "ca", "some other CA");
        openssl(dir, "genrsa", "-out", "server-key.pem", "2048");
        openssl(dir, "req", "-new", "-key", "server-key.pem", "-subj", "/CN=127.0.0.1", "-out", "server.csr");
        Files.writeString(dir.resolve("server.ext"), "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        openssl(dir, "x509", "-req", "-days", "2", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                "-CAcreateserial", "-extfile", "server.ext", "-out", "server-cert.pem");
        openssl(dir, "genrsa", "-out", "client/key.pem", "2048");
        openssl(dir, "req", "-new", "-key", "client/key.pem", "-subj", "/CN=dockscope-test-client", "-out", "client.csr");
        Files.writeString(dir.resolve("client.ext"), "extendedKeyUsage=clientAuth\n");
        openssl(dir, "x509", "-req", "-days", "2", "-in", "client.csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                "-CAcreateserial", "-extfile", "client.ext", "-out", "client/cert.pem");
        Files.copy(dir.resolve("ca.pem"), certs.resolve("ca.pem"));
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(List.of("dockerd", "--host", "tcp://127.0.0.1:" + port, "--tlsverify",
                "--tlscacert", dir.resolve("ca.pem").toString(), "--tlscert", dir.resolve("server-cert.pem").toString(),
                "--tlskey", dir.resolve("server-key.pem").toString(), "--data-root", dir.resolve("data").toString(),
                "--exec-root", dir.resolve("exec").toString(), "--pidfile", dir.resolve("docker.pid").toString(),
                "--bridge=none", "--iptables=false", "--ip-masq=false", "--log-level=warn"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("dockerd.log").toFile()).start();
        TlsDaemon d = new TlsDaemon(dir, port, p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the TLS dockerd exited: " + Files.readString(dir.resolve("dockerd.log")));
            }
            Proc.Result r = Proc.of("docker", "--tlsverify", "--tlscacert", certs.resolve("ca.pem").toString(),
                    "--tlscert", certs.resolve("cert.pem").toString(), "--tlskey", certs.resolve("key.pem").toString(),
                    "-H", d.host(), "version", "--format", "{{.Server.Version}}").env("DOCKER_CONFIG", dir.toString())
                    .timeout(20).run();
            if (r.exitCode() == 0) {
                return d;
            }
            Thread.sleep(500);
        }
        d.close();
        throw new AssertionError("the TLS dockerd did not answer within 90 s");
    }

    private static void ca(Path dir, String name, String cn) {
        openssl(dir, "genrsa", "-out", name + "-key.pem", "2048");
        openssl(dir, "req", "-x509", "-new", "-key", name + "-key.pem", "-days", "2", "-subj", "/CN=" + cn, "-out",
                name + ".pem");
    }

    private static void openssl(Path dir, String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add("openssl");
        cmd.addAll(List.of(args));
        Proc.of(cmd).dir(dir).timeout(60).run().assertExit(0);
    }

    public String host() {
        return "tcp://127.0.0.1:" + port;
    }

    /** ca.pem, cert.pem and key.pem for a client this daemon trusts. */
    public Path clientCerts() {
        return dir.resolve("client");
    }

    /** The trusted client's cert and key, with another CA's ca.pem (the daemon's certificate does not verify). */
    public Path wrongCa() throws IOException {
        Path d = Files.createDirectories(dir.resolve("wrong-ca"));
        Files.copy(dir.resolve("other-ca/ca.pem"), d.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("client/cert.pem"), d.resolve("cert.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(dir.resolve("client/key.pem"), d.resolve("key.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return d;
    }

    /** Only the right ca.pem: no client certificate to show the daemon. */
    public Path noClientCert() throws IOException {
        Path d = Files.createDirectories(dir.resolve("no-client-cert"));
        Files.copy(dir.resolve("ca.pem"), d.resolve("ca.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return d;
    }

    @Override
    public void close() {
        dockerd.destroy();
        try {
            if (!dockerd.waitFor(30, TimeUnit.SECONDS)) {
                dockerd.destroyForcibly();
                dockerd.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Proc.of("rm", "-rf", dir.toString()).run();
    }
}
