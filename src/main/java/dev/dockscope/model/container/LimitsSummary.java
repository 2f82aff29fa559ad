package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * The limits a container has, for its row in the list: memory in bytes, 1e-9 CPUs, the cpuset's CPU list ("" for
 * none) and the pids limit; 0 where a limit is not set. In words: {@code mem 64.0 MB, 0.5 CPU, pids 50}.
 */
public record LimitsSummary(long memory, long nanoCpus, String cpuset, long pids) implements Fact {
}
