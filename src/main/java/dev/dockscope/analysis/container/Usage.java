package dev.dockscope.analysis.container;

import dev.dockscope.model.container.ContainerStats;

/** Live usage from one stats answer, computed the way {@code docker stats} shows it. */
public final class Usage {
    private Usage() {
    }

    /**
     * CPU use in percent of one CPU (100 = one full core, like {@code docker stats}): the container's CPU time between
     * the two samples the answer carries over the host's, times the online CPUs. NaN when there is no previous sample.
     */
    public static double cpuPercent(ContainerStats s) {
        long cpuDelta = s.cpu().totalUsage() - s.precpu().totalUsage();
        long systemDelta = s.cpu().systemUsage() - s.precpu().systemUsage();
        if (s.precpu().systemUsage() == 0 || systemDelta <= 0 || cpuDelta < 0) {
            return Double.NaN;
        }
        int cpus = s.cpu().onlineCpus() > 0 ? s.cpu().onlineCpus() : 1;
        return (double) cpuDelta / systemDelta * cpus * 100.0;
    }

    /**
     * Memory in use net of the page cache the kernel can drop (cgroup v1 {@code total_inactive_file}, v2
     * {@code inactive_file}): the figure {@code docker stats} prints. Never below zero.
     */
    public static long memoryNetOfCache(ContainerStats s) {
        long cache = s.cache();
        return cache < s.memoryUsage() ? s.memoryUsage() - cache : s.memoryUsage();
    }
}
