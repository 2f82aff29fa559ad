package dev.dockscope.model.container;

/**
 * One recorded probe replayed against the retries rule: {@code passed} (exit 0), whether the failure
 * {@code counted} (failures inside the start period do not, while still starting), the failing streak and the status
 * after it, {@code transition} ("starting → healthy") when the status changed, else "", and {@code why} it counted
 * as it did (in JSON both are their sentences).
 */
public record HealthStep(String start, String end, long durationNanos, int exitCode, String output, boolean passed,
                         boolean counted, int streakAfter, String statusAfter, TransitionFact transition,
                         ProbeFact why) {
}
