package dev.dockscope.analysis.container;

import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerReport.Limit;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.LimitFact;
import dev.dockscope.model.container.LimitFact.Kind;
import dev.dockscope.model.container.LimitsSummary;
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
                "Memory=" + h.memory(), h.memory() > 0 ? LimitFact.of(Kind.MEMORY, h.memory())
                        : LimitFact.of(Kind.MEMORY_UNLIMITED)));
        String swapRaw = "MemorySwap=" + h.memorySwap();
        if (h.memory() > 0) {
            LimitFact swap;
            if (h.memorySwap() == -1) {
                swap = LimitFact.of(Kind.SWAP_UNLIMITED);
            } else if (h.memorySwap() == 0) {
                swap = LimitFact.of(Kind.SWAP_AS_MUCH_AS_MEMORY);
            } else if (h.memorySwap() == h.memory()) {
                swap = LimitFact.of(Kind.SWAP_NONE);
            } else {
                swap = LimitFact.of(Kind.SWAP_EXTRA, h.memorySwap() - h.memory());
            }
            out.add(new Limit("swap", "bytes", h.memorySwap(), -1, true, false, swapRaw, swap));
        } else {
            out.add(new Limit("swap", "bytes", h.memorySwap(), -1, false, false, swapRaw,
                    LimitFact.of(Kind.SWAP_NO_MEMORY_LIMIT)));
        }
        long cpus = nanoCpus(h);
        long cpuUsed = -1;
        if (s != null) {
            double pct = Usage.cpuPercent(s);
            cpuUsed = Double.isNaN(pct) ? -1 : Math.round(pct / 100.0 * 1_000_000_000L);
        }
        String cpuRaw = "NanoCpus=" + h.nanoCpus() + " CpuQuota=" + h.cpuQuota() + " CpuPeriod=" + h.cpuPeriod();
        out.add(new Limit("cpu", "nanocpus", cpus, cpuUsed, cpus > 0, false, cpuRaw, cpus > 0
                ? LimitFact.of(Kind.CPU, cpus) : LimitFact.of(Kind.CPU_UNLIMITED)));
        out.add(new Limit("cpu shares", "weight", h.cpuShares(), -1, h.cpuShares() > 0, false,
                "CpuShares=" + h.cpuShares(), h.cpuShares() > 0 ? LimitFact.of(Kind.SHARES, h.cpuShares())
                        : LimitFact.of(Kind.SHARES_DEFAULT)));
        out.add(new Limit("cpuset", "cpus", 0, -1, !h.cpusetCpus().isEmpty(), false, "CpusetCpus=" + h.cpusetCpus(),
                h.cpusetCpus().isEmpty() ? LimitFact.of(Kind.CPUSET_ANY)
                        : new LimitFact(Kind.CPUSET, 0, h.cpusetCpus())));
        long pidsUsed = s == null ? -1 : s.pids();
        out.add(new Limit("pids", "count", Math.max(0, h.pidsLimit()), pidsUsed, pidsLimited(h), !pidsLimited(h),
                "PidsLimit=" + h.pidsLimit(), pidsLimited(h) ? LimitFact.of(Kind.PIDS, h.pidsLimit())
                        : LimitFact.of(Kind.PIDS_UNLIMITED)));
        out.add(new Limit("blkio weight", "weight", h.blkioWeight(), -1, h.blkioWeight() > 0, false,
                "BlkioWeight=" + h.blkioWeight(), h.blkioWeight() > 0 ? LimitFact.of(Kind.BLKIO, h.blkioWeight())
                        : LimitFact.of(Kind.BLKIO_DEFAULT)));
        return out;
    }

    /** The limits that are set, for the list (0 or "" where none). */
    public static LimitsSummary summary(ContainerDetails.HostConfig h) {
        return new LimitsSummary(Math.max(0, h.memory()), nanoCpus(h), h.cpusetCpus(),
                pidsLimited(h) ? h.pidsLimit() : 0);
    }
}
