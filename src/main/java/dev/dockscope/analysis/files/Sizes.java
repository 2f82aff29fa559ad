package dev.dockscope.analysis.files;

import java.util.Locale;

/** Byte counts for people, in SI units like docker and dive print them (1 kB = 1000 B). */
public final class Sizes {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private Sizes() {
    }

    public static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double v = bytes;
        int u = 0;
        while (v >= 999.95 && u < UNITS.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, UNITS[u]);
    }
}
