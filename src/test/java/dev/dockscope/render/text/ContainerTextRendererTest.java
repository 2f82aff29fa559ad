package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.docker.ContainerRecords;
import dev.dockscope.docker.SystemRecords;
import dev.dockscope.explain.ContainerExplainer;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerReport;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Golden;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The container report rendered from the hand-written Engine answers in {@code src/test/resources/engine} (so ids,
 * times, PIDs and usage are fixed by the fixture, not masked by the test): a running 20.10 container with a cgroup v1
 * sample, and an OOM-killed Engine 28 container on cgroup v2.
 */
class ContainerTextRendererTest {
    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    static JsonNode engine(String name) throws Exception {
        try (InputStream in = ContainerTextRendererTest.class.getResourceAsStream("/engine/" + name)) {
            return Json.MAPPER.readTree(in);
        }
    }

    static ContainerReport running() throws Exception {
        ContainerDetails d = ContainerRecords.details(engine("container-inspect-20.10.json"));
        return ContainerExplainer.assemble(d, ContainerRecords.stats(engine("stats-cgroup1-20.10.json")).orElseThrow(),
                ContainerRecords.top(engine("top.json")), ContainerRecords.changes(engine("changes.json")),
                SystemRecords.info(engine("info-20.10.json")), new ContainerExplainer.TagImage(d.imageId()), List.of());
    }

    static ContainerReport oomKilled() throws Exception {
        ContainerDetails d = ContainerRecords.details(engine("container-inspect-28.json"));
        return ContainerExplainer.assemble(d, null, null, ContainerRecords.changes(engine("changes.json")),
                SystemRecords.info(engine("info-28.json")), ContainerExplainer.TagImage.gone(), List.of());
    }

    private static String render(ContainerReport r, int width, boolean ascii) {
        return new ContainerTextRenderer(new Palette(false, ascii), width, NOW).render(r);
    }

    @Test
    void runningContainerOnCgroupV1() throws Exception {
        Golden.assertMatches(getClass(), "runningContainerOnCgroupV1.txt", render(running(), 80, false));
    }

    @Test
    void oomKilledContainerOnCgroupV2() throws Exception {
        Golden.assertMatches(getClass(), "oomKilledContainerOnCgroupV2.txt", render(oomKilled(), 80, false));
    }

    @Test
    void noLineIsWiderThanAskedAt60And120() throws Exception {
        for (ContainerReport r : List.of(running(), oomKilled())) {
            for (int width : new int[] {60, 120}) {
                String out = render(r, width, false);
                out.lines().forEach(l -> assertTrue(TextWidth.of(l) <= width, width + ": " + l));
                for (String section : List.of("WHAT IT CHANGED", "PROCESSES AND RUNTIME", "ISOLATION", "STORAGE",
                        "NETWORK", "SECURITY", "HEALTH")) {
                    assertTrue(out.contains("\n" + section), width + ": no " + section + " in\n" + out);
                }
            }
        }
    }

    @Test
    void asciiUsesNoUnicode() throws Exception {
        String out = render(running(), 80, true);
        out.chars().forEach(c -> assertTrue(c < 0x80, "non-ASCII " + (char) c + " in\n" + out));
        assertTrue(out.contains("[#"), "ASCII bars: " + out);
    }

    @Test
    void cpuAndMemoryComeFromTheSample() throws Exception {
        ContainerReport.Isolation iso = running().isolation();
        JsonNode s = engine("stats-cgroup1-20.10.json");
        long usage = s.at("/memory_stats/usage").asLong();
        long inactive = s.at("/memory_stats/stats/total_inactive_file").asLong();
        assertEquals(usage - inactive, iso.memoryUsage());
        double cpuDelta = s.at("/cpu_stats/cpu_usage/total_usage").asLong()
                - s.at("/precpu_stats/cpu_usage/total_usage").asLong();
        double sysDelta = s.at("/cpu_stats/system_cpu_usage").asLong() - s.at("/precpu_stats/system_cpu_usage").asLong();
        int cpus = s.at("/cpu_stats/cpu_usage/percpu_usage").size(); // no online_cpus on this 20.10 sample
        assertEquals(cpuDelta / sysDelta * cpus * 100, iso.cpuPercent(), 1e-9);
    }
}
