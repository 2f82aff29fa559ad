package dev.dockscope.docker;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;

/** Exit 3 for a TLS handshake that failed, saying which side's certificate was the problem and which file it is. */
final class TlsFailure {
    private TlsFailure() {
    }

    /** The failure, or null when {@code e} is not a TLS handshake failure. */
    static DockscopeException of(Endpoint endpoint, String where, Exception e) {
        String chain = "";
        boolean tls = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            chain += t.getClass().getName() + ": " + t.getMessage() + " | ";
            tls |= t instanceof javax.net.ssl.SSLException;
        }
        String dir = endpoint.certPath() != null ? endpoint.certPath() : "(no DOCKER_CERT_PATH)";
        boolean noClientCert = endpoint.certPath() != null && !Files.exists(Path.of(dir, "cert.pem"));
        if (!tls && !(noClientCert && connected(chain))) {
            return null;
        }
        if (!tls) {
            // TLS 1.3: a daemon that wants a client certificate closes the connection after the handshake, so the
            // client sees only a reset; with no cert.pem in the folder that is by far the likely cause
            return new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "cannot reach the Docker daemon at " + where
                    + ": it closed the TLS connection, most likely because it requires a client certificate and "
                    + Path.of(dir) + " has no cert.pem and key.pem.",
                    "Put the client certificate (cert.pem, key.pem) signed by the daemon's CA next to ca.pem.", e);
        }
        String message;
        String hint;
        if (chain.contains("PKIX path") || chain.contains("certification path") || chain.contains("CertPathValidator")) {
            message = "the daemon's TLS certificate is not signed by the CA in " + Path.of(dir, "ca.pem");
            hint = "Use the ca.pem of the CA that signed the daemon's certificate (DOCKER_CERT_PATH or the context's TLS folder).";
        } else if (chain.contains("No subject alternative") || chain.contains("No name matching")) {
            message = "the daemon's TLS certificate is not made out for " + endpoint.host();
            hint = "Connect with the name or address the certificate names, or reissue the daemon's certificate.";
        } else if (chain.contains("bad_certificate") || chain.contains("certificate_required")
                || chain.contains("certificate_unknown") || chain.contains("unknown_ca")) {
            message = "the daemon refused the client certificate in " + Path.of(dir, "cert.pem");
            hint = "Use a client certificate signed by the CA the daemon trusts (its --tlscacert).";
        } else {
            message = "the TLS handshake failed (" + lastMessage(e) + ")";
            hint = "Check ca.pem, cert.pem and key.pem in " + dir + ".";
        }
        return new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "cannot reach the Docker daemon at " + where + ": "
                + message + ".", hint, e);
    }

    /** The connection was made and then dropped (not refused, not unresolved). */
    private static boolean connected(String chain) {
        return chain.contains("reset") || chain.contains("Broken pipe") || chain.contains("closed")
                || chain.contains("end of stream") || chain.contains("NoHttpResponse")
                || chain.contains("failed to respond") || chain.contains("Remote host terminated");
    }

    private static String lastMessage(Throwable e) {
        String m = e.getMessage();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                m = t.getMessage();
            }
        }
        return m;
    }
}
