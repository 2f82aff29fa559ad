package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * A container's restart policy: its {@code policy} name ("no" when none), the on-failure {@code maximumRetryCount}
 * (0 when unbounded) and how many times the daemon has restarted it so far.
 */
public record RestartFact(String policy, int maximumRetryCount, int restartCount) implements Fact {
}
