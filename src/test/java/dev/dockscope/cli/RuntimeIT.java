package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DaemonExtension.class)
class RuntimeIT {
    @Test
    void jsonAgreesWithDockerInfo() throws Exception {
        TestDaemon.baseImage();
        Cli.Result r = Cli.create().run("runtime", "-o", "json");
        r.assertExit(0);
        JsonNode j = Json.MAPPER.readTree(r.out());
        assertEquals(TestDaemon.docker("info", "--format", "{{.Driver}}"), j.at("/drivers/storage").asText());
        assertEquals(TestDaemon.docker("info", "--format", "{{.CgroupDriver}}"), j.at("/drivers/cgroup").asText());
        assertEquals(TestDaemon.docker("info", "--format", "{{.CgroupVersion}}"), j.at("/drivers/cgroupVersion").asText());
        assertEquals(TestDaemon.docker("info", "--format", "{{.DockerRootDir}}"), j.at("/drivers/dataRoot").asText());
        assertEquals(TestDaemon.docker("version", "--format", "{{.Server.Version}}"), j.at("/chain/1/version").asText());
        assertEquals(Integer.parseInt(TestDaemon.docker("info", "--format", "{{.Images}}")), j.at("/objects/images").asInt());
        assertTrue(j.at("/disk/images").asLong() > 1_000_000, "the busybox base alone is ~2 MB: " + r.describe());
    }

    @Test
    void textDrawsTheChain() {
        Cli.Result r = Cli.create().run("runtime", "--color", "never", "--width", "80");
        r.assertExit(0);
        assertTrue(r.out().contains("dockerd " + TestDaemon.docker("version", "--format", "{{.Server.Version}}")), r.describe());
        assertTrue(r.out().contains("containerd-shim-runc-v2"), r.describe());
        assertTrue(r.out().contains("→ concept: Runtime — dockscope learn runtime"), r.describe());
    }

    @Test
    void imagesAreCountedAsTheImageListCountsThemAndIntermediatesAreNamed() throws Exception {
        // the legacy builder leaves one intermediate image per step: /info counts them, `docker image ls` does not
        TestDaemon.build(TestDaemon.name("steps") + ":1", "FROM " + TestDaemon.BASE + "\nRUN echo a > /a\n"
                + "RUN echo b > /b\n", java.util.Map.of());
        JsonNode j = Json.MAPPER.readTree(Cli.create().run("runtime", "-o", "json").assertExit(0).out());
        int listed = (int) TestDaemon.docker("image", "ls", "--format", "{{.ID}}").lines().distinct().count();
        int all = Integer.parseInt(TestDaemon.docker("info", "--format", "{{.Images}}"));
        assertEquals(listed, j.at("/objects/imagesListed").asInt(), j.toString());
        assertEquals(all, j.at("/objects/images").asInt(), j.toString());
        assertTrue(all > listed, "the build left intermediate images: " + all + " vs " + listed);
        Cli.Result text = Cli.create().run("runtime", "--color", "never", "--width", "120").assertExit(0);
        assertTrue(text.out().contains(listed + " image" + (listed == 1 ? "" : "s") + " (" + all
                + " with intermediate build images)"), text.describe());
    }
}
