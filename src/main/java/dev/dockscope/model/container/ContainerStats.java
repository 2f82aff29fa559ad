package dev.dockscope.model.container;

import java.util.Map;

/**
 * One sample of {@code GET /containers/{id}/stats?stream=false}. {@code read}/{@code preread} ISO-8601. Memory in bytes;
 * {@code memoryStats} is the raw {@code memory_stats.stats} map, whose keys differ by cgroup version (v1: cache,
 * total_inactive_file…; v2: file, inactive_file…). CPU times in nanoseconds. {@code pids}/{@code pidsLimit} 0 when
 * unknown.
 */
public record ContainerStats(String read, String preread, long memoryUsage, long memoryLimit,
                             Map<String, Long> memoryStats, Cpu cpu, Cpu precpu, long pids, long pidsLimit) {

    /**
     * The page cache counted in {@code memoryUsage}: {@code total_inactive_file} (v1), else {@code inactive_file} (v2),
     * else {@code cache} (old v1), else 0. The docker CLI shows usage minus this.
     */
    public long cache() {
        for (String key : new String[] {"total_inactive_file", "inactive_file", "cache"}) {
            Long v = memoryStats.get(key);
            if (v != null) {
                return v;
            }
        }
        return 0;
    }

    /** True when the stats say cgroup v2 (the v2 key set: {@code anon}/{@code file}, no {@code cache}). */
    public boolean cgroupV2() {
        return memoryStats.containsKey("anon") || (memoryStats.containsKey("file") && !memoryStats.containsKey("cache"));
    }

    /**
     * {@code cpu_stats}: {@code totalUsage} the container's CPU time, {@code systemUsage} the host's, {@code onlineCpus}
     * 0 when unknown; throttling from {@code throttling_data}.
     */
    public record Cpu(long totalUsage, long systemUsage, int onlineCpus, long throttledPeriods, long throttledTime) {
    }
}
