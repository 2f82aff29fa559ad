package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * What a container's health check is doing, as the raw values its explanation rests on: NONE (no check) and
 * DISABLED (the image's check switched off) carry nothing else; CHECKED carries the health {@code status}, the
 * failing streak, the effective {@code retries}, interval, timeout and start period (nanoseconds, the daemon's
 * defaults filled in) and whether the container is {@code running} (a stopped one runs no probe).
 */
public record HealthCheckFact(Kind kind, String status, int failingStreak, int retries, long intervalNanos,
                              long timeoutNanos, long startPeriodNanos, boolean running) implements Fact {
    public enum Kind { NONE, DISABLED, CHECKED }

    public static HealthCheckFact unchecked(boolean disabled) {
        return new HealthCheckFact(disabled ? Kind.DISABLED : Kind.NONE, "none", 0, 0, 0, 0, 0, false);
    }
}
