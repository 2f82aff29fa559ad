package dev.dockscope.analysis;

import dev.dockscope.model.text.Instants;
import java.time.Duration;
import java.time.Instant;

/** Human durations and ages. */
public final class Durations {
    private Durations() {
    }

    /** Nanoseconds as {@code 30s}, {@code 1m30s}, {@code 500ms}, {@code 2h}. */
    public static String human(long nanos) {
        if (nanos <= 0) {
            return "0s";
        }
        if (nanos < 1_000_000_000L) {
            return (nanos / 1_000_000) + "ms";
        }
        long s = nanos / 1_000_000_000L;
        long h = s / 3600;
        long m = s % 3600 / 60;
        long sec = s % 60;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(h).append('h');
        }
        if (m > 0) {
            b.append(m).append('m');
        }
        if (sec > 0 || b.length() == 0) {
            b.append(sec).append('s');
        }
        return b.toString();
    }

    /** Age of an ISO-8601 instant relative to {@code now}: {@code 5m}, {@code 3h}, {@code 12d}, {@code 2y}. */
    public static String age(String iso, Instant now) {
        if (iso == null) {
            return "?";
        }
        Instant t;
        try {
            t = Instants.parse(iso);
        } catch (RuntimeException e) {
            return "?";
        }
        long s = Math.max(0, Duration.between(t, now).getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m";
        }
        if (s < 86_400) {
            return s / 3600 + "h";
        }
        if (s < 86_400L * 365) {
            return s / 86_400 + "d";
        }
        return s / (86_400L * 365) + "y";
    }
}
