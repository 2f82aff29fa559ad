package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.RuntimeTextRenderer;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Golden;
import org.junit.jupiter.api.Test;

/** The runtime view on canned answers in the shapes of Engine 28 (containerd store, cgroup v2, rootless). */
class RuntimeReaderTest {
    private static final String VERSION = "{\"Platform\":{\"Name\":\"Docker Engine - Community\"},\"Version\":\"28.2.2\","
            + "\"ApiVersion\":\"1.50\",\"MinAPIVersion\":\"1.24\",\"Os\":\"linux\",\"Arch\":\"amd64\","
            + "\"Components\":[{\"Name\":\"Engine\",\"Version\":\"28.2.2\"},{\"Name\":\"containerd\",\"Version\":\"1.7.27\"},"
            + "{\"Name\":\"runc\",\"Version\":\"1.2.5\"},{\"Name\":\"docker-init\",\"Version\":\"0.19.0\"}]}";
    private static final String INFO = "{\"Driver\":\"overlayfs\",\"DriverStatus\":[[\"driver-type\","
            + "\"io.containerd.snapshotter.v1\"]],\"CgroupDriver\":\"systemd\",\"CgroupVersion\":\"2\","
            + "\"DefaultRuntime\":\"runc\",\"Runtimes\":{\"io.containerd.runc.v2\":{},\"runc\":{}},"
            + "\"SecurityOptions\":[\"name=seccomp,profile=builtin\",\"name=rootless\",\"name=cgroupns\"],"
            + "\"LoggingDriver\":\"json-file\",\"DockerRootDir\":\"/home/me/.local/share/docker\","
            + "\"KernelVersion\":\"6.8.0\",\"OperatingSystem\":\"Ubuntu 24.04 LTS\",\"Architecture\":\"x86_64\","
            + "\"NCPU\":8,\"MemTotal\":16000000000,\"Containers\":3,\"ContainersRunning\":2,\"ContainersPaused\":0,"
            + "\"ContainersStopped\":1,\"Images\":4,\"ContainerdCommit\":{\"ID\":\"abc\"},\"RuncCommit\":{\"ID\":\"def\"}}";
    private static final String DF = "{\"LayersSize\":900000000,\"Images\":["
            + "{\"Size\":500000000,\"SharedSize\":100000000,\"Containers\":2},"
            + "{\"Size\":300000000,\"SharedSize\":100000000,\"Containers\":0}],"
            + "\"Containers\":[{\"SizeRw\":1200},{\"SizeRw\":34}],"
            + "\"Volumes\":[{\"UsageData\":{\"Size\":5000,\"RefCount\":1}},{\"UsageData\":{\"Size\":700,\"RefCount\":0}}],"
            + "\"BuildCache\":[{\"Size\":4000,\"InUse\":false},{\"Size\":60,\"InUse\":true}]}";

    private static RuntimeInfo info() throws Exception {
        JsonNode version = Json.MAPPER.readTree(VERSION);
        return RuntimeReader.of("unix:///run/user/1000/docker.sock", SystemRecords.version(version),
                SystemRecords.info(Json.MAPPER.readTree(INFO)), SystemRecords.diskUsage(Json.MAPPER.readTree(DF)), 2);
    }

    @Test
    void chainNamesEachHopWithItsVersion() throws Exception {
        RuntimeInfo r = info();
        assertEquals("28.2.2", r.chain().get(1).version());
        assertEquals("1.7.27", r.chain().get(2).version());
        assertEquals("runc", r.chain().get(4).name());
        assertEquals("1.2.5", r.chain().get(4).version());
        assertEquals("1.50", r.apiVersion());
    }

    @Test
    void containerdStoreRootlessAndCgroupV2AreRecognised() throws Exception {
        RuntimeInfo r = info();
        assertTrue(r.drivers().containerdImageStore());
        assertEquals("2", r.drivers().cgroupVersion());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("rootless")), r.notes().toString());
        assertTrue(r.notes().stream().noneMatch(n -> n.startsWith("cgroup v1")), r.notes().toString());
    }

    @Test
    void diskSumsWhatNothingUses() throws Exception {
        RuntimeInfo.Disk d = info().disk();
        assertEquals(900_000_000, d.images());
        assertEquals(200_000_000, d.imagesUnused());
        assertEquals(1234, d.containers());
        assertEquals(5700, d.volumes());
        assertEquals(700, d.volumesUnused());
        assertEquals(4060, d.buildCache());
        assertEquals(4000, d.buildCacheUnused());
    }

    @Test
    void rendering() throws Exception {
        String text = new RuntimeTextRenderer(Palette.plain(), 80).render(info());
        Golden.assertMatches(getClass(), "runtime.txt", text);
        for (int width : new int[] {40, 60, 120}) {
            for (boolean ascii : new boolean[] {false, true}) {
                String out = new RuntimeTextRenderer(new Palette(true, ascii), width).render(info());
                for (String line : out.split("\n")) {
                    assertTrue(TextWidth.of(line) <= width, width + ": " + line);
                }
            }
        }
    }

    @Test
    void podmansComponentVersionsAreReadFromTheirSentences() {
        assertEquals("2.1.6", RuntimeReader.firstVersion("conmon version 2.1.6, commit: unknown"));
        assertEquals("1.1.5+ds1", RuntimeReader.firstVersion("runc version 1.1.5+ds1\ncommit: 1.1.5+ds1-1\nspec: 1.0.2"));
        assertEquals("crun", RuntimeReader.firstVersion("crun"));
        assertEquals(null, RuntimeReader.firstVersion(null));
    }
}
