package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.ExitCode;
import dev.dockscope.render.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageReaderTest {
    @Test
    void platformsOfAnIndexComeFromTheManifestsSkippingAttestations() throws Exception {
        // the shape of GET /images/{name}/json?manifests=true on an engine with the containerd image store
        String inspect = "{\"Id\":\"sha256:aa\",\"Manifests\":["
                + "{\"Kind\":\"image\",\"Descriptor\":{\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}}},"
                + "{\"Kind\":\"image\",\"Descriptor\":{\"platform\":{\"architecture\":\"arm64\",\"os\":\"linux\",\"variant\":\"v8\"}}},"
                + "{\"Kind\":\"attestation\",\"Descriptor\":{\"platform\":{\"architecture\":\"unknown\",\"os\":\"unknown\"}}}]}";
        assertEquals(List.of("linux/amd64", "linux/arm64/v8"), ImageReader.platforms(Json.MAPPER.readTree(inspect)));
    }

    @Test
    void olderEnginesHaveNoManifests() throws Exception {
        assertEquals(List.of(), ImageReader.platforms(Json.MAPPER.readTree("{\"Id\":\"sha256:aa\"}")));
    }

    @Test
    void permissionDeniedSaysWhyAndTheUsualFix() {
        Endpoint e = new Endpoint("unix:///var/run/docker.sock", EndpointSource.DEFAULT, "the default socket", null,
                false, null);
        try (DaemonReader d = new DaemonReader(e)) {
            var failure = d.unreachable(new UncheckedIOException(new IOException("Permission denied")));
            assertEquals(ExitCode.DAEMON_UNREACHABLE, failure.exitCode());
            assertTrue(failure.getMessage().contains("permission denied on the Docker socket"), failure.getMessage());
            assertTrue(failure.hint().contains("docker group"), failure.hint());
        }
    }
}
