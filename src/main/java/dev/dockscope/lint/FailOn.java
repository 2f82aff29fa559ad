package dev.dockscope.lint;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * The gate of a lint run: findings at or above a severity fail it, or nothing does. The one vocabulary of
 * {@code --fail-on}, the config's {@code failOn} and the reports.
 */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), STYLE(Severity.STYLE), NONE(null);

    /** Without a flag or a config: warnings and errors fail. */
    public static final FailOn DEFAULT = WARNING;
    /** The accepted words, for messages. */
    public static final String CHOICES = "error, warning, info, style or none";

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lowest severity that fails, or null when nothing does. */
    public Severity threshold() {
        return threshold;
    }

    public boolean fails(Severity s) {
        return threshold != null && s.atLeast(threshold);
    }

    /** error, warning, info, style or none in any case; empty for anything else (and for null). */
    public static Optional<FailOn> parse(String v) {
        if (v == null) {
            return Optional.empty();
        }
        for (FailOn f : values()) {
            if (f.id().equalsIgnoreCase(v.trim())) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
