package dev.dockscope.model.ci;

import dev.dockscope.model.Fact;

/**
 * What a CI rule compared: the image's {@code measured} value against the {@code threshold} with
 * {@code comparison} ({@code <}, {@code >=}, {@code >}, {@code <=}); null when the rule is disabled. Values are
 * fractions or bytes ({@code unit}); NaN is undefined, an infinity infinite.
 */
public record CiComparison(String rule, Unit unit, double measured, String comparison, double threshold)
        implements Fact {
    public enum Unit { FRACTION, BYTES }

    public static CiComparison disabled(String rule, Unit unit, double measured) {
        return new CiComparison(rule, unit, measured, null, Double.NaN);
    }

    public boolean isDisabled() {
        return comparison == null;
    }
}
