package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * What one cgroup limit means for the container, as a kind and the value it rests on: {@code value} in the
 * limit's unit (bytes; for SWAP_EXTRA the swap allowed above the memory limit; 1e-9 CPUs; a weight; a count),
 * {@code cpus} the CPU list of a cpuset.
 */
public record LimitFact(Kind kind, long value, String cpus) implements Fact {
    public enum Kind {
        MEMORY, MEMORY_UNLIMITED,
        SWAP_UNLIMITED, SWAP_AS_MUCH_AS_MEMORY, SWAP_NONE, SWAP_EXTRA, SWAP_NO_MEMORY_LIMIT,
        CPU, CPU_UNLIMITED, SHARES, SHARES_DEFAULT, CPUSET, CPUSET_ANY,
        PIDS, PIDS_UNLIMITED, BLKIO, BLKIO_DEFAULT
    }

    public static LimitFact of(Kind kind) {
        return new LimitFact(kind, 0, null);
    }

    public static LimitFact of(Kind kind, long value) {
        return new LimitFact(kind, value, null);
    }
}
