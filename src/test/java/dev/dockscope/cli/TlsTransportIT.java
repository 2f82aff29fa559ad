package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import dev.dockscope.support.TlsDaemon;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** tcp:// with client certificates against a private dockerd started with --tlsverify on 127.0.0.1. */
@ExtendWith(DaemonExtension.class)
class TlsTransportIT {
    static TlsDaemon daemon;

    @BeforeAll
    static void start() throws Exception {
        daemon = TlsDaemon.start();
    }

    @AfterAll
    static void stop() {
        if (daemon != null) {
            daemon.close();
        }
    }

    private static Cli tls(String certPath) {
        return Cli.create().env("DOCKER_HOST", daemon.host()).env("DOCKER_TLS_VERIFY", "1")
                .env("DOCKER_CERT_PATH", certPath);
    }

    @Test
    void rightCertificatesReachTheDaemon() throws Exception {
        Cli.Result r = tls(daemon.clientCerts().toString()).run("version", "-o", "json");
        r.assertExit(0);
        JsonNode v = Json.MAPPER.readTree(r.out());
        assertEquals(daemon.host(), v.at("/endpoint/host").asText(), r.describe());
        assertTrue(v.at("/endpoint/tlsVerify").asBoolean(), r.describe());
        assertTrue(v.at("/daemon/apiVersion").asText().startsWith("1."), r.describe());
    }

    /** The same through the release launcher: its minimised jar keeps what reading PEM files and TLS need. */
    @Test
    void theReleaseJarReadsTheCertificatesToo() throws Exception {
        Function<Path, Proc.Result> run = certs -> Release.launch("version", "-o", "json")
                .env("DOCKER_HOST", daemon.host()).env("DOCKER_TLS_VERIFY", "1")
                .env("DOCKER_CERT_PATH", certs.toString()).run();
        Proc.Result right = run.apply(daemon.clientCerts()).assertExit(0);
        assertTrue(Json.MAPPER.readTree(right.out()).at("/daemon/apiVersion").asText().startsWith("1."),
                right.describe());
        Proc.Result wrong = run.apply(daemon.wrongCa()).assertExit(3);
        assertTrue(wrong.err().contains("not signed by the CA in "), wrong.describe());
    }

    @Test
    void aWrongCaIsExit3NamingTheProblem() throws Exception {
        Cli.Result r = tls(daemon.wrongCa().toString()).run("version");
        r.assertExit(3);
        assertTrue(r.err().contains(daemon.host()) && r.err().contains("not signed by the CA in "
                + daemon.wrongCa().resolve("ca.pem")), r.describe());
    }

    @Test
    void aMissingClientCertificateIsExit3NamingTheProblem() throws Exception {
        Cli.Result r = tls(daemon.noClientCert().toString()).run("version");
        r.assertExit(3);
        assertTrue(r.err().contains("cert.pem") && r.err().contains("client certificate"), r.describe());
    }
}
