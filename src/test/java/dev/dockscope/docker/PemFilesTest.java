package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The key and certificate files openssl writes in each of the shapes a Docker TLS folder holds, read with the JDK's
 * providers only (no Bouncy Castle provider is registered).
 */
class PemFilesTest {
    @TempDir
    static Path dir;

    @BeforeAll
    static void openssl() {
        boolean present = Proc.onPath("openssl");
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("openssl is needed (scripts/test installs it)");
        }
        Assumptions.assumeTrue(present, "openssl is not on PATH");
    }

    private static Path openssl(String... args) {
        Proc.of(prepend("openssl", args)).dir(dir).run().assertExit(0);
        return dir;
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** A key made by {@code make} (an openssl command line, split on spaces), and a self-signed certificate for it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "rsa-pkcs8,    genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out K,  RSA, PRIVATE KEY",
        "rsa-pkcs1,    genrsa -traditional -out K 2048,                            RSA, RSA PRIVATE KEY",
        "ec-sec1,      ecparam -name prime256v1 -genkey -out K,                    EC,  EC PRIVATE KEY",
        "ec-pkcs8,     genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out K, EC, PRIVATE KEY",
        "ed25519,      genpkey -algorithm ed25519 -out K,                          EdDSA, PRIVATE KEY"})
    void everyKeyShapeGivesAKeyStoreEntry(String name, String make, String algorithm, String header) throws Exception {
        String key = name + "-key.pem";
        String cert = name + "-cert.pem";
        openssl(make.trim().replace(" K", " " + key).split(" +"));
        String keyPem = Files.readString(dir.resolve(key));
        assertTrue(keyPem.contains("-----BEGIN " + header + "-----"), keyPem);
        openssl("req", "-new", "-x509", "-key", key, "-subj", "/CN=" + name, "-days", "2", "-out", cert);
        PrivateKey k = PemFiles.privateKey(keyPem);
        assertNotNull(k, name);
        assertTrue(k.getAlgorithm().equals(algorithm) || algorithm.equals("EdDSA") && k.getAlgorithm().startsWith("Ed"),
                name + ": " + k.getAlgorithm());
        KeyStore store = PemFiles.keyStore(k, PemFiles.certificates(Files.readString(dir.resolve(cert))));
        assertEquals(List.of("docker"), Collections.list(store.aliases()));
        assertEquals(k.getAlgorithm(), store.getKey("docker", "docker".toCharArray()).getAlgorithm());
        X509Certificate c = (X509Certificate) store.getCertificateChain("docker")[0];
        assertEquals("CN=" + name, c.getSubjectX500Principal().getName());
    }

    @Test
    void aCaBundleGivesEveryCertificateAndSkipsOtherBlocks() throws Exception {
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "ca-key.pem");
        openssl("req", "-new", "-x509", "-key", "ca-key.pem", "-subj", "/CN=one", "-days", "2", "-out", "one.pem");
        openssl("req", "-new", "-x509", "-key", "ca-key.pem", "-subj", "/CN=two", "-days", "2", "-out", "two.pem");
        String bundle = "a comment line before the blocks\n" + Files.readString(dir.resolve("one.pem"))
                + Files.readString(dir.resolve("ca-key.pem")) + Files.readString(dir.resolve("two.pem"));
        assertEquals(2, PemFiles.certificates(bundle).size());
        KeyStore trust = PemFiles.trustStore(PemFiles.certificates(bundle));
        assertEquals(List.of("ca-1", "ca-2"), Collections.list(trust.aliases()).stream().sorted().toList());
        assertEquals("CN=two", ((X509Certificate) trust.getCertificate("ca-2")).getSubjectX500Principal().getName());
    }

    @Test
    void filesWithoutTheBlockGiveNothing() throws Exception {
        assertTrue(PemFiles.certificates("no PEM here\n").isEmpty());
        assertNull(PemFiles.privateKey("no PEM here\n"));
        openssl("req", "-new", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "only-key.pem", "-subj", "/CN=x",
                "-days", "2", "-out", "only-cert.pem");
        assertNull(PemFiles.privateKey(Files.readString(dir.resolve("only-cert.pem"))), "a certificate is no key");
        assertTrue(PemFiles.certificates(Files.readString(dir.resolve("only-key.pem"))).isEmpty(), "a key is no cert");
    }
}
