package dev.dockscope.docker;

import com.github.dockerjava.core.SSLConfig;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Loads the TLS files of an endpoint and fails closed: when TLS is asked for, a missing, unreadable or unparsable
 * {@code ca.pem}, {@code cert.pem} or {@code key.pem} is exit 3 naming the file, never a quiet fall-back to plain
 * HTTP (docker-java's own loader returns no context when a file is missing, and its client then speaks plaintext).
 * {@code cert.pem} and {@code key.pem} go together: both (client authentication) or neither (the daemon is verified
 * against {@code ca.pem} only, as a context TLS folder with just a CA asks for).
 */
final class TlsMaterial {
    private TlsMaterial() {
    }

    static SSLConfig sslConfig(Endpoint endpoint) {
        SSLContext context = load(endpoint);
        return () -> context;
    }

    static SSLContext load(Endpoint endpoint) {
        String where = "the TLS files for " + endpoint.host() + " (from " + endpoint.detail() + ")";
        if (endpoint.certPath() == null) {
            throw fail(where + ": no certificate folder.", null);
        }
        Path dir = Path.of(endpoint.certPath());
        String ca = read(dir.resolve("ca.pem"), where, true);
        String cert = read(dir.resolve("cert.pem"), where, false);
        String key = read(dir.resolve("key.pem"), where, false);
        if ((cert == null) != (key == null)) {
            Path missing = dir.resolve(cert == null ? "cert.pem" : "key.pem");
            throw fail(where + ": " + missing + " is missing (cert.pem and key.pem go together).", null);
        }
        try {
            List<Certificate> cas = PemFiles.certificates(ca);
            if (cas.isEmpty()) {
                throw fail(where + ": " + dir.resolve("ca.pem") + " holds no PEM certificate.", null);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(PemFiles.trustStore(cas));
            KeyManagerFactory kmf = null;
            if (cert != null) {
                List<Certificate> chain = PemFiles.certificates(cert);
                if (chain.isEmpty()) {
                    throw fail(where + ": " + dir.resolve("cert.pem") + " holds no PEM certificate.", null);
                }
                PrivateKey privateKey = PemFiles.privateKey(key);
                if (privateKey == null) {
                    throw fail(where + ": " + dir.resolve("key.pem") + " holds no PEM private key.", null);
                }
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(PemFiles.keyStore(privateKey, chain), "docker".toCharArray());
            }
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return ctx;
        } catch (DockscopeException e) {
            throw e;
        } catch (Exception e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw fail(where + " in " + dir + " cannot be loaded: " + msg + ".", e);
        }
    }

    private static String read(Path f, String where, boolean required) {
        if (!Files.exists(f)) {
            if (required) {
                throw fail(where + ": " + f + " is missing.", null);
            }
            return null;
        }
        try {
            if (Files.size(f) > (1 << 20)) {
                throw fail(where + ": " + f + " is larger than 1 MB; not a PEM file.", null);
            }
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw fail(where + ": cannot read " + f + " (" + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            throw fail(where + ": " + f + " is not a text PEM file.", e);
        }
    }

    private static DockscopeException fail(String message, Throwable cause) {
        return new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "refusing to connect without TLS: " + message,
                "DOCKER_TLS_VERIFY (or the context) asks for TLS; put ca.pem (and cert.pem with key.pem) in "
                        + "DOCKER_CERT_PATH, or unset DOCKER_TLS_VERIFY for a plain connection.", cause);
    }
}
