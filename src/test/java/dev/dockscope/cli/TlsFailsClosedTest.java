package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import dev.dockscope.support.LoggingTcpProxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, case 6: when TLS is asked for and its files cannot be loaded, dockscope exits 3 naming the file and
 * sends nothing; it never falls back to plain HTTP. Checked on the wire with a logging TCP proxy on 127.0.0.1.
 */
class TlsFailsClosedTest {
    @TempDir
    Path dir;

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private Cli.Result runVerified(LoggingTcpProxy proxy, Path certs) {
        return Cli.create().env("DOCKER_HOST", proxy.host()).env("DOCKER_TLS_VERIFY", "1")
                .env("DOCKER_CERT_PATH", certs.toString()).run("version", "--timeout", "3");
    }

    private static void refusedNaming(Cli.Result r, LoggingTcpProxy proxy, String file) {
        r.assertExit(3);
        assertTrue(r.err().contains(file), "stderr does not name " + file + r.describe());
        assertTrue(r.err().contains("refusing to connect without TLS"), r.describe());
        assertFalse(r.out().contains("(TLS)"), r.describe());
        assertEquals(0, proxy.sent().length, "bytes went out: " + text(proxy.sent()));
        assertEquals(0, proxy.connections(), "a connection was opened");
    }

    @Test
    void aMissingCertificateFolderContentIsExitThreeNamingCaPem() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("empty"));
        try (LoggingTcpProxy proxy = new LoggingTcpProxy(null)) {
            refusedNaming(runVerified(proxy, certs), proxy, certs.resolve("ca.pem").toString());
        }
    }

    @Test
    void anUnparsableCaIsExitThreeNamingIt() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(certs.resolve("ca.pem"), "this is not a certificate\n");
        Files.writeString(certs.resolve("cert.pem"), "nor this\n");
        Files.writeString(certs.resolve("key.pem"), "nor this\n");
        try (LoggingTcpProxy proxy = new LoggingTcpProxy(null)) {
            refusedNaming(runVerified(proxy, certs), proxy, certs.resolve("ca.pem").toString());
        }
    }

    @Test
    void aCertificateWithoutItsKeyIsExitThreeNamingTheKey() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("half"));
        Files.writeString(certs.resolve("ca.pem"), caPem());
        Files.writeString(certs.resolve("cert.pem"), caPem());
        try (LoggingTcpProxy proxy = new LoggingTcpProxy(null)) {
            refusedNaming(runVerified(proxy, certs), proxy, certs.resolve("key.pem").toString());
        }
    }

    @Test
    void aGarbageClientKeyIsExitThreeNamingIt() throws Exception {
        Path certs = Files.createDirectories(dir.resolve("badkey"));
        Files.writeString(certs.resolve("ca.pem"), caPem());
        Files.writeString(certs.resolve("cert.pem"), caPem());
        Files.writeString(certs.resolve("key.pem"), "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
        try (LoggingTcpProxy proxy = new LoggingTcpProxy(null)) {
            Cli.Result r = runVerified(proxy, certs);
            r.assertExit(3);
            assertTrue(r.err().contains("refusing to connect without TLS"), r.describe());
            assertEquals(0, proxy.sent().length, "bytes went out: " + text(proxy.sent()));
        }
    }

    /** A context whose TLS folder holds only ca.pem: TLS with the daemon verified, no client certificate. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aContextWithOnlyACaSpeaksTlsOnTheWire() throws Exception {
        Path config = dir.resolve("docker-config");
        try (LoggingTcpProxy proxy = new LoggingTcpProxy(null)) {
            String name = "remote";
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(StandardCharsets.UTF_8)));
            Path meta = Files.createDirectories(config.resolve("contexts/meta/" + digest));
            Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"remote\",\"Endpoints\":{\"docker\":{\"Host\":\""
                    + proxy.host() + "\",\"SkipTLSVerify\":false}}}");
            Path tls = Files.createDirectories(config.resolve("contexts/tls/" + digest + "/docker"));
            Files.writeString(tls.resolve("ca.pem"), caPem());
            Cli.Result r = Cli.create().env("DOCKER_HOST", null).env("DOCKER_CONFIG", config.toString())
                    .run("version", "--context", name, "--timeout", "2");
            r.assertExit(3); // the proxy never answers the handshake
            byte[] sent = proxy.sent();
            assertTrue(sent.length > 0, "nothing was sent" + r.describe());
            assertEquals(0x16, sent[0] & 0xff, "the first byte is not a TLS handshake: " + text(sent));
            assertFalse(text(sent).contains("GET /"), "plain HTTP on the wire: " + text(sent));
        }
    }

    private String cached;

    /** A self-signed certificate in PEM, made with the JDK's keytool in the temp folder. */
    private String caPem() throws Exception {
        if (cached != null) {
            return cached;
        }
        Path ks = dir.resolve("ca.p12");
        Path pem = dir.resolve("ca-made.pem");
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(keytool, "-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=test-ca",
                "-validity", "2", "-keystore", ks.toString(), "-storepass", "changeit", "-storetype", "PKCS12");
        run(keytool, "-exportcert", "-rfc", "-alias", "ca", "-keystore", ks.toString(), "-storepass", "changeit",
                "-file", pem.toString());
        cached = Files.readString(pem);
        return cached;
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("keytool failed: " + out);
        }
    }
}
