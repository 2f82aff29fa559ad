package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * Why a replayed probe counted as it did: PASSED (exit 0, the streak back to 0), NOT_COUNTED (a failure inside the
 * start period while starting) or FAILED ({@code streak} failures in a row of {@code retries} allowed; exit -1 is
 * a probe that timed out or could not run).
 */
public record ProbeFact(Kind kind, int exitCode, int streak, int retries) implements Fact {
    public enum Kind { PASSED, NOT_COUNTED, FAILED }
}
