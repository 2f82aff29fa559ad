package dev.dockscope.render.prose;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.model.container.LimitFact;
import java.util.Locale;

/** The sentences of {@code dockscope container}: what its cgroup limits mean (pure functions). */
public final class ContainerProse {
    private ContainerProse() {
    }

    /** One limit in words: what happens at it, or what being unlimited allows. */
    public static String limit(LimitFact f) {
        return switch (f.kind()) {
            case MEMORY -> "the kernel reclaims and then OOM-kills the container's processes beyond "
                    + Bytes.human(f.value());
            case MEMORY_UNLIMITED -> "no limit: it may take all of the host's memory, and the host's OOM killer picks "
                    + "a victim";
            case SWAP_UNLIMITED -> "unlimited swap on top of the memory limit";
            case SWAP_AS_MUCH_AS_MEMORY -> "as much swap as memory (memory + swap = twice the limit), if the host has "
                    + "swap";
            case SWAP_NONE -> "no swap: memory + swap equals the memory limit";
            case SWAP_EXTRA -> Bytes.human(f.value()) + " of swap on top of the memory limit";
            case SWAP_NO_MEMORY_LIMIT -> "no memory limit, so no swap limit either";
            case CPU -> "at most " + cpus(f.value()) + " CPUs of time per scheduling period; beyond it the CFS "
                    + "throttles it";
            case CPU_UNLIMITED -> "no CPU cap: it may use every CPU (it competes by shares)";
            case SHARES -> "weight " + f.value() + " against the default 1024, only when CPUs are contended";
            case SHARES_DEFAULT -> "the default weight 1024 when CPUs are contended";
            case CPUSET -> "runs only on CPUs " + f.cpus();
            case CPUSET_ANY -> "may run on any CPU";
            case PIDS -> "at most " + f.value() + " processes and threads: fork fails beyond it";
            case PIDS_UNLIMITED -> "no limit: a fork bomb inside can exhaust the host's process table";
            case BLKIO -> "disk I/O weight " + f.value() + " (10 to 1000) against other cgroups";
            case BLKIO_DEFAULT -> "the default disk I/O weight";
        };
    }

    /** 1e-9 CPUs as a count of CPUs: 1500000000 as {@code 1.5}, 2000000000 as {@code 2}. */
    public static String cpus(long nanoCpus) {
        double c = nanoCpus / 1e9;
        return c == Math.rint(c) ? String.valueOf((long) c) : String.format(Locale.ROOT, "%.2f", c)
                .replaceAll("0+$", "");
    }
}
