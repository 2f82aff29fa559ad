package dev.dockscope.lint;

import java.util.Locale;
import java.util.Optional;

/**
 * The lint gate ({@code --fail-on}, {@code failOn:} in {@code .dockscope.yaml}): the lowest severity that fails the run,
 * or {@link #NONE}. The one place the words error, warning, info, style and none are known.
 */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), STYLE(Severity.STYLE), NONE(null);

    /** The default when neither the command line nor the config says. */
    public static final FailOn DEFAULT = WARNING;
    /** For messages: "error, warning, info, style or none". */
    public static final String WORDS = "error, warning, info, style or none";

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The lowest failing severity; empty for {@link #NONE}. */
    public Optional<Severity> threshold() {
        return Optional.ofNullable(threshold);
    }

    /** Whether a finding of {@code severity} fails the run. */
    public boolean fails(Severity severity) {
        return threshold != null && severity.atLeast(threshold);
    }

    /** Case-insensitive; empty for anything that is not one of {@link #WORDS}. */
    public static Optional<FailOn> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        for (FailOn f : values()) {
            if (f.id().equals(s.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
