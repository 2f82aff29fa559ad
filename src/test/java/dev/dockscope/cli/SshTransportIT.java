package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import dev.dockscope.support.SshServer;
import dev.dockscope.support.TestDaemon;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ssh://root@127.0.0.1:PORT through a private sshd started by the test, with the docker CLI as the remote
 * {@code docker system dial-stdio}: the release launcher runs as a separate process so the test's ssh wrapper (its
 * key and known-hosts file) can come first on PATH, the way a user's ssh config would apply.
 */
@ExtendWith(DaemonExtension.class)
class SshTransportIT {
    static SshServer sshd;

    @BeforeAll
    static void startSshd() throws Exception {
        sshd = SshServer.start(TestDaemon.host());
    }

    @AfterAll
    static void stopSshd() {
        if (sshd != null) {
            sshd.close();
        }
    }

    private static Proc.Result dockscope(String host, String... args) {
        return Release.launch(args).env("DOCKER_HOST", host)
                .env("PATH", sshd.clientBin() + ":" + System.getenv("PATH")).run();
    }

    private static String host() {
        return "ssh://root@127.0.0.1:" + sshd.port();
    }

    @Test
    void versionAndImageTravelOverSsh() throws Exception {
        Proc.Result v = dockscope(host(), "version", "-o", "json").assertExit(0);
        JsonNode json = Json.MAPPER.readTree(v.out());
        assertEquals(host(), json.at("/endpoint/host").asText(), v.describe());
        assertEquals(TestDaemon.docker("version", "--format", "{{.Server.Version}}"), json.at("/daemon/version").asText(),
                v.describe() + sshd.log());

        String image = TestDaemon.baseImage();
        Proc.Result img = dockscope(host(), "image", image, "--files", "-o", "json").assertExit(0);
        JsonNode report = Json.MAPPER.readTree(img.out());
        assertEquals(TestDaemon.docker("image", "inspect", "--format", "{{.Id}}", image), report.path("id").asText(),
                img.describe());
        assertTrue(report.path("layers").get(0).path("files").path("added").path("files").asLong() > 0, img.describe());
    }

    @Test
    void aMissingImageIsNotFoundOverSshToo() {
        Proc.Result r = dockscope(host(), "image", "dsit-no-such-image:9").assertExit(4);
        assertTrue(r.err().contains("dsit-no-such-image:9"), r.describe());
    }

    @Test
    void anSshFailureIsExit3WithWhatSshSaid() {
        // a port nothing listens on: ssh's own message ("Connection refused") is in the error
        Proc.Result r = dockscope("ssh://root@127.0.0.1:1", "version").assertExit(3);
        assertTrue(r.err().contains("ssh://root@127.0.0.1:1") && r.err().contains("Connection refused"), r.describe());
    }
}
