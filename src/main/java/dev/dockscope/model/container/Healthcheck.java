package dev.dockscope.model.container;

import java.util.List;

/**
 * A configured health check ({@code Config.Healthcheck}): {@code test} as the daemon stores it ({@code ["CMD-SHELL", …]},
 * {@code ["CMD", …]}, {@code ["NONE"]}), durations in nanoseconds (0 = the daemon's default), {@code retries} 0 = default.
 */
public record Healthcheck(List<String> test, long intervalNanos, long timeoutNanos, long startPeriodNanos,
                          long startIntervalNanos, int retries) {

    /** {@code HEALTHCHECK NONE}: checks inherited from the image are switched off. */
    public boolean disabled() {
        return !test.isEmpty() && test.get(0).equals("NONE");
    }
}
