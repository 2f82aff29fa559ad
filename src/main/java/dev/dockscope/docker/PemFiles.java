package dev.dockscope.docker;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;

/**
 * The PEM files of a Docker TLS folder as the JDK's key and trust stores. Bouncy Castle's parser reads the PEM
 * blocks (certificates; private keys as PKCS #8, PKCS #1 RSA or SEC 1 EC, an EC parameters block ignored, as
 * docker-java's loader did); the JDK's own providers make the certificates and keys, so that Bouncy Castle's
 * provider, which loads its algorithms by class name, is neither registered nor shipped (the release jar keeps only
 * the classes dockscope reaches: bench/README.md, "Start-up, sixth pass").
 */
final class PemFiles {
    /** Private-key algorithms by the object identifier of a PKCS #8 key, as the JDK names their key factories. */
    private static final Map<String, String> KEY_ALGORITHMS = Map.of(
            "1.2.840.113549.1.1.1", "RSA",
            "1.2.840.113549.1.1.10", "RSASSA-PSS",
            "1.2.840.10045.2.1", "EC",
            "1.2.840.10040.4.1", "DSA",
            "1.3.101.112", "Ed25519",
            "1.3.101.113", "Ed448");

    private PemFiles() {
    }

    /** Every certificate in {@code pem}, in file order; other blocks are skipped. */
    static List<Certificate> certificates(String pem) throws IOException, GeneralSecurityException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<Certificate> certs = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder holder) {
                    certs.add(factory.generateCertificate(new ByteArrayInputStream(holder.getEncoded())));
                }
            }
        }
        return certs;
    }

    /** The first unencrypted private key in {@code pem}, or null when it holds none. */
    static PrivateKey privateKey(String pem) throws IOException, GeneralSecurityException {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                PrivateKeyInfo info = o instanceof PrivateKeyInfo p ? p
                        : o instanceof PEMKeyPair pair ? pair.getPrivateKeyInfo() : null;
                if (info != null) {
                    String oid = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
                    KeyFactory factory = KeyFactory.getInstance(KEY_ALGORITHMS.getOrDefault(oid, oid));
                    return factory.generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
                }
            }
        }
        return null;
    }

    /** A trust store of {@code cas} (a CA file's {@link #certificates}), as {@code ca-1}, {@code ca-2}, …. */
    static KeyStore trustStore(List<Certificate> cas) throws IOException, GeneralSecurityException {
        KeyStore store = emptyStore();
        int n = 0;
        for (Certificate c : cas) {
            store.setCertificateEntry("ca-" + ++n, c);
        }
        return store;
    }

    /** A key store of {@code key} with its certificate {@code chain}, entry and password "docker". */
    static KeyStore keyStore(PrivateKey key, List<Certificate> chain) throws IOException, GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setKeyEntry("docker", key, "docker".toCharArray(), chain.toArray(new Certificate[0]));
        return store;
    }

    private static KeyStore emptyStore() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}
