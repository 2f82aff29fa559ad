package dev.dockscope.model.ci;

/**
 * One rule's outcome. {@code status}: "PASS", "FAIL" or "SKIP" (disabled). {@code measured} is the image's value
 * (a fraction or bytes; null when undefined, e.g. userWastedPercent of a one-layer image); {@code threshold} the
 * parsed limit (null when disabled); {@code configValue} as written; {@code source} where it was set;
 * {@code message} what was compared (in JSON, its sentence: {@code lowestEfficiency 0.8000 < 0.9000}).
 */
public record CiRuleResult(String rule, String status, Double measured, Double threshold, String configValue,
        String source, String comparison, CiComparison message) {
}
