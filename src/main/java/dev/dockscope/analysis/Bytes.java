package dev.dockscope.analysis;

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
        return fixed(v, v >= 100 ? 0 : 1) + " " + UNITS[u];
    }

    /**
     * {@code v} (finite, 0.001 ≤ v < 10⁷) with {@code decimals} (0 or 1) digits after the point, as
     * {@code String.format(Locale.ROOT, "%.1f", v)} writes it: the shortest decimal that reads back as {@code v},
     * rounded half up. Written out because the first {@code String.format} of a run loads the formatter and the
     * locale's number data, about 14 ms at start-up (BytesTest compares the two).
     */
    static String fixed(double v, int decimals) {
        String s = Double.toString(v); // plain notation in this range: digits '.' digits
        int dot = s.indexOf('.');
        char[] digits = (s.substring(0, dot) + s.substring(dot + 1)).toCharArray();
        int keep = dot + decimals; // digits kept, before rounding
        boolean up = keep < digits.length && digits[keep] >= '5';
        StringBuilder b = new StringBuilder(keep + 2);
        for (int i = 0; i < keep; i++) {
            b.append(i < digits.length ? digits[i] : '0');
        }
        if (up) {
            int i = keep - 1;
            while (i >= 0 && b.charAt(i) == '9') {
                b.setCharAt(i--, '0');
            }
            if (i < 0) {
                b.insert(0, '1');
                dot++;
            } else {
                b.setCharAt(i, (char) (b.charAt(i) + 1));
            }
        }
        if (decimals > 0) {
            b.insert(dot, '.');
        }
        return b.toString();
    }
}
