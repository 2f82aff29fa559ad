package dev.dockscope.model.container;

import java.util.List;

/**
 * {@code dockscope health NAME}: the check as configured ({@code source} image, run, or none/disabled), the
 * effective values (the daemon's defaults filled in, nanoseconds), the recorded probes replayed as a timeline, when
 * the next probe is due, what the check is doing ({@code explanation}, in JSON its sentence), and what unhealthy
 * does and does not do. Without a check, {@code suggestion} is a
 * HEALTHCHECK line that would fit.
 */
public record HealthReport(String id, String name, boolean configured, String source, List<String> test,
                           long intervalNanos, long timeoutNanos, long startPeriodNanos, long startIntervalNanos,
                           int retries, String state, String status, int failingStreak, List<HealthStep> timeline,
                           boolean logComplete, String nextProbeDue, HealthCheckFact explanation,
                           List<HealthAdviceFacts.EffectFact> whatItDoes,
                           HealthAdviceFacts.SuggestionFact suggestion, List<String> concepts) {
}
