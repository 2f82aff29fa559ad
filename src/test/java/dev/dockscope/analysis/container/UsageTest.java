package dev.dockscope.analysis.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.container.ContainerStats;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UsageTest {
    private static ContainerStats stats(long usage, Map<String, Long> raw, ContainerStats.Cpu cpu, ContainerStats.Cpu pre) {
        return new ContainerStats("2026-01-01T00:00:01Z", "2026-01-01T00:00:00Z", usage, 1L << 30, raw, cpu, pre, 3, 0);
    }

    private static final ContainerStats.Cpu CPU = new ContainerStats.Cpu(2_000_000_000L, 20_000_000_000L, 4, 0, 0);
    private static final ContainerStats.Cpu PRE = new ContainerStats.Cpu(1_500_000_000L, 16_000_000_000L, 4, 0, 0);

    @Test
    void cpuPercentIsContainerDeltaOverSystemDeltaTimesCpus() {
        // 0.5 s of container CPU over 4 s of host CPU time on 4 CPUs: 0.125 * 4 = 50 % of one CPU
        assertEquals(50.0, Usage.cpuPercent(stats(0, Map.of(), CPU, PRE)), 1e-9);
    }

    @Test
    void noPreviousSampleMeansNoPercent() {
        assertTrue(Double.isNaN(Usage.cpuPercent(stats(0, Map.of(), CPU, new ContainerStats.Cpu(0, 0, 0, 0, 0)))));
    }

    @Test
    void cgroupV1SubtractsTotalInactiveFile() {
        ContainerStats s = stats(10_000_000, Map.of("cache", 6_000_000L, "total_inactive_file", 4_000_000L), CPU, PRE);
        assertEquals(6_000_000, Usage.memoryNetOfCache(s));
    }

    @Test
    void cgroupV2SubtractsInactiveFile() {
        ContainerStats s = stats(10_000_000, Map.of("anon", 3_000_000L, "file", 7_000_000L, "inactive_file", 2_500_000L),
                CPU, PRE);
        assertTrue(s.cgroupV2());
        assertEquals(7_500_000, Usage.memoryNetOfCache(s));
    }

    @Test
    void cacheLargerThanUsageLeavesUsage() {
        ContainerStats s = stats(1_000, Map.of("inactive_file", 5_000L), CPU, PRE);
        assertEquals(1_000, Usage.memoryNetOfCache(s));
    }
}
