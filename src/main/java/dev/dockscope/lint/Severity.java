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

    public static Severity parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** For messages about a rule's configured severity: "error, warning, info, style or off". */
    public static final String SETTING_WORDS = "error, warning, info, style or off";

    /**
     * A severity as {@code .dockscope.yaml} sets it for a rule: a severity, or {@code off} / {@code none} (the rule is
     * switched off: empty). Throws {@link IllegalArgumentException} for anything else.
     */
    public static Optional<Severity> parseSetting(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        if (v.equals("off") || v.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(parse(v));
    }
}
