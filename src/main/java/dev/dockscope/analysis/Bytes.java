package dev.dockscope.analysis;

import java.util.Locale;

/** Byte sizes for humans, in the daemon's, docker CLI's and dive's decimal units: 1 kB = 1000 B. */
public final class Bytes {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private Bytes() {
    }

    public static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        double v = bytes;
        int u = 0;
        while (v >= 999.95 && u < UNITS.length - 1) { // 999 999 B is "1.0 MB", not "1000 kB"
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, UNITS[u]);
    }
}
