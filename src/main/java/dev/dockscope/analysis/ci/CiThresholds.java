package dev.dockscope.analysis.ci;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The value of each rule and where it came from ("default", ".dive-ci", ".dockscope.yaml", a flag). Immutable;
 * {@link #with} returns a copy. Precedence is the caller's order of {@code with} calls: flags last.
 */
public final class CiThresholds {
    /** One rule's raw value and its origin. */
    public record Setting(String value, String source) {
    }

    private final Map<CiRule, Setting> settings;

    private CiThresholds(Map<CiRule, Setting> settings) {
        this.settings = Collections.unmodifiableMap(settings);
    }

    public static CiThresholds defaults() {
        Map<CiRule, Setting> m = new EnumMap<>(CiRule.class);
        for (CiRule r : CiRule.values()) {
            m.put(r, new Setting(r.defaultValue(), "default"));
        }
        return new CiThresholds(m);
    }

    /** A copy with {@code rule} set to {@code value} (null leaves it as it is). */
    public CiThresholds with(CiRule rule, String value, String source) {
        if (value == null) {
            return this;
        }
        Map<CiRule, Setting> m = new EnumMap<>(settings);
        m.put(rule, new Setting(value, source));
        return new CiThresholds(m);
    }

    public Setting get(CiRule rule) {
        return settings.get(rule);
    }
}
