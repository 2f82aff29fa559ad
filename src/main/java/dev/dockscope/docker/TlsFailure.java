package dev.dockscope.docker;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
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
        if (!tls) {
            return null;
        }
        String dir = endpoint.certPath() != null ? endpoint.certPath() : "(no DOCKER_CERT_PATH)";
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
