package dev.dockscope.lint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** Finding severities, most severe first. {@code --fail-on X} fails on X and everything above it. */
public enum Severity {
    ERROR, WARNING, INFO, STYLE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at or above {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /**
     * A severity setting from the config: error, warning, info or style, or {@code off} / {@code none} (the rule is
     * turned off: empty).
     *
     * @throws IllegalArgumentException for any other word
     */
    public static Optional<Severity> setting(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(parse(v));
    }

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
