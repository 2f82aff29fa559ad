package dev.dockscope.lint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

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
}
