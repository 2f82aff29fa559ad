package dev.dockscope.analysis.container;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerReport.Limit;
import dev.dockscope.model.container.ContainerStats;
import java.util.ArrayList;
import java.util.List;

/** The cgroup limits of a container set against one stats sample (or none when it is not running). */
public final class Limits {
    private Limits() {
    }

    /** CPUs allowed in 1e-9 CPUs: {@code --cpus}, else quota / period, else 0 (no limit). */
    public static long nanoCpus(ContainerDetails.HostConfig h) {
        if (h.nanoCpus() > 0) {
            return h.nanoCpus();
        }
        if (h.cpuQuota() > 0) {
            long period = h.cpuPeriod() > 0 ? h.cpuPeriod() : 100_000;
            return h.cpuQuota() * 1_000_000_000L / period;
        }
        return 0;
    }

    public static boolean pidsLimited(ContainerDetails.HostConfig h) {
        return h.pidsLimit() > 0;
    }

    public static List<Limit> of(ContainerDetails.HostConfig h, ContainerStats s) {
        List<Limit> out = new ArrayList<>();
        long memUsed = s == null ? -1 : Usage.memoryNetOfCache(s);
        out.add(new Limit("memory", "bytes", h.memory(), memUsed, h.memory() > 0, h.memory() <= 0,
                "Memory=" + h.memory(), h.memory() > 0
                        ? "the kernel reclaims and then OOM-kills the container's processes beyond "
                                + Bytes.human(h.memory())
                        : "no limit: it may take all of the host's memory, and the host's OOM killer picks a victim"));
        String swapRaw = "MemorySwap=" + h.memorySwap();
        if (h.memory() > 0) {
            String swap;
            if (h.memorySwap() == -1) {
                swap = "unlimited swap on top of the memory limit";
            } else if (h.memorySwap() == 0) {
                swap = "as much swap as memory (memory + swap = twice the limit), if the host has swap";
            } else if (h.memorySwap() == h.memory()) {
                swap = "no swap: memory + swap equals the memory limit";
            } else {
                swap = Bytes.human(h.memorySwap() - h.memory()) + " of swap on top of the memory limit";
            }
            out.add(new Limit("swap", "bytes", h.memorySwap(), -1, true, false, swapRaw, swap));
        } else {
            out.add(new Limit("swap", "bytes", h.memorySwap(), -1, false, false, swapRaw,
                    "no memory limit, so no swap limit either"));
        }
        long cpus = nanoCpus(h);
        long cpuUsed = -1;
        if (s != null) {
            double pct = Usage.cpuPercent(s);
            cpuUsed = Double.isNaN(pct) ? -1 : Math.round(pct / 100.0 * 1_000_000_000L);
        }
        String cpuRaw = "NanoCpus=" + h.nanoCpus() + " CpuQuota=" + h.cpuQuota() + " CpuPeriod=" + h.cpuPeriod();
        out.add(new Limit("cpu", "nanocpus", cpus, cpuUsed, cpus > 0, false, cpuRaw, cpus > 0
                ? "at most " + cpuText(cpus) + " CPUs of time per scheduling period; beyond it the CFS throttles it"
                : "no CPU cap: it may use every CPU (it competes by shares)"));
        out.add(new Limit("cpu shares", "weight", h.cpuShares(), -1, h.cpuShares() > 0, false,
                "CpuShares=" + h.cpuShares(), h.cpuShares() > 0
                        ? "weight " + h.cpuShares() + " against the default 1024, only when CPUs are contended"
                        : "the default weight 1024 when CPUs are contended"));
        out.add(new Limit("cpuset", "cpus", 0, -1, !h.cpusetCpus().isEmpty(), false, "CpusetCpus=" + h.cpusetCpus(),
                h.cpusetCpus().isEmpty() ? "may run on any CPU" : "runs only on CPUs " + h.cpusetCpus()));
        long pidsUsed = s == null ? -1 : s.pids();
        out.add(new Limit("pids", "count", Math.max(0, h.pidsLimit()), pidsUsed, pidsLimited(h), !pidsLimited(h),
                "PidsLimit=" + h.pidsLimit(), pidsLimited(h)
                        ? "at most " + h.pidsLimit() + " processes and threads: fork fails beyond it"
                        : "no limit: a fork bomb inside can exhaust the host's process table"));
        out.add(new Limit("blkio weight", "weight", h.blkioWeight(), -1, h.blkioWeight() > 0, false,
                "BlkioWeight=" + h.blkioWeight(), h.blkioWeight() > 0
                        ? "disk I/O weight " + h.blkioWeight() + " (10 to 1000) against other cgroups"
                        : "the default disk I/O weight"));
        return out;
    }

    /** 1500000000 as {@code 1.5}. */
    public static String cpuText(long nanoCpus) {
        double c = nanoCpus / 1e9;
        return c == Math.rint(c) ? String.valueOf((long) c) : String.format(java.util.Locale.ROOT, "%.2f", c)
                .replaceAll("0+$", "");
    }

    /** The limits that are set, in words: {@code mem 64MB, 0.5 CPU, pids 50}; "" when none. */
    public static String summary(ContainerDetails.HostConfig h) {
        List<String> parts = new ArrayList<>();
        if (h.memory() > 0) {
            parts.add("mem " + Bytes.human(h.memory()));
        }
        if (nanoCpus(h) > 0) {
            parts.add(cpuText(nanoCpus(h)) + " CPU");
        }
        if (!h.cpusetCpus().isEmpty()) {
            parts.add("cpuset " + h.cpusetCpus());
        }
        if (pidsLimited(h)) {
            parts.add("pids " + h.pidsLimit());
        }
        return String.join(", ", parts);
    }
}
