package dev.dockscope.render.text;

/**
 * Widths in terminal columns: wide East Asian characters and most emoji take two, combining marks and zero-width
 * characters none. A compact take on Markus Kuhn's wcwidth, enough for labels and paths.
 */
public final class TextWidth {
    private static final int[][] ZERO = {
        {0x0300, 0x036f}, {0x0483, 0x0489}, {0x0591, 0x05bd}, {0x0610, 0x061a}, {0x064b, 0x065f},
        {0x0670, 0x0670}, {0x06d6, 0x06dc}, {0x0900, 0x0903}, {0x093a, 0x094f}, {0x0e31, 0x0e31},
        {0x0e34, 0x0e3a}, {0x1ab0, 0x1aff}, {0x1dc0, 0x1dff}, {0x200b, 0x200f}, {0x2028, 0x202e},
        {0x2060, 0x206f}, {0x20d0, 0x20ff}, {0xfe00, 0xfe0f}, {0xfe20, 0xfe2f}, {0xfeff, 0xfeff},
        {0x1f3fb, 0x1f3ff}, {0xe0000, 0xe0fff},
    };
    private static final int[][] WIDE = {
        {0x1100, 0x115f}, {0x231a, 0x231b}, {0x2329, 0x232a}, {0x23e9, 0x23ec}, {0x23f0, 0x23f0},
        {0x23f3, 0x23f3}, {0x25fd, 0x25fe}, {0x2614, 0x2615}, {0x2648, 0x2653}, {0x267f, 0x267f},
        {0x2693, 0x2693}, {0x26a1, 0x26a1}, {0x26aa, 0x26ab}, {0x26bd, 0x26be}, {0x26c4, 0x26c5},
        {0x26ce, 0x26ce}, {0x26d4, 0x26d4}, {0x26ea, 0x26ea}, {0x26f2, 0x26f5}, {0x26fa, 0x26fd},
        {0x2705, 0x2705}, {0x270a, 0x270b}, {0x2728, 0x2728}, {0x274c, 0x274c}, {0x2753, 0x2755},
        {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27b0, 0x27b0}, {0x27bf, 0x27bf}, {0x2b1b, 0x2b1c},
        {0x2b50, 0x2b50}, {0x2b55, 0x2b55}, {0x2e80, 0x303e}, {0x3041, 0x33ff}, {0x3400, 0x4dbf},
        {0x4e00, 0x9fff}, {0xa000, 0xa4cf}, {0xa960, 0xa97f}, {0xac00, 0xd7a3}, {0xf900, 0xfaff},
        {0xfe10, 0xfe19}, {0xfe30, 0xfe6f}, {0xff00, 0xff60}, {0xffe0, 0xffe6}, {0x1f300, 0x1f64f},
        {0x1f680, 0x1f6ff}, {0x1f900, 0x1f9ff}, {0x1fa70, 0x1faff}, {0x20000, 0x2fffd}, {0x30000, 0x3fffd},
    };

    private TextWidth() {
    }

    public static int of(int codePoint) {
        if (codePoint == 0) {
            return 0;
        }
        if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) {
            return 0;
        }
        if (codePoint < 0x300) {
            return 1;
        }
        if (in(ZERO, codePoint)) {
            return 0;
        }
        return in(WIDE, codePoint) ? 2 : 1;
    }

    /** Columns the string takes; ANSI SGR sequences ({@code ESC [ ... m}) count zero. */
    public static int of(CharSequence s) {
        int w = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == 0x1b && i + 1 < n && s.charAt(i + 1) == '[') {
                int j = i + 2;
                while (j < n && s.charAt(j) != 'm') {
                    j++;
                }
                i = j + 1;
                continue;
            }
            int cp = Character.codePointAt(s, i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Cuts {@code s} to at most {@code columns} columns, ending with an ellipsis when cut. */
    public static String truncate(String s, int columns, boolean ascii) {
        if (of(s) <= columns) {
            return s;
        }
        String ell = ascii ? "..." : "…";
        int budget = columns - of(ell);
        if (budget <= 0) {
            return ell.substring(0, Math.max(0, Math.min(ell.length(), columns)));
        }
        StringBuilder b = new StringBuilder();
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > budget) {
                break;
            }
            b.appendCodePoint(cp);
            w += cw;
            i += Character.charCount(cp);
        }
        return b.append(ell).toString();
    }

    /** The longest prefix of {@code s} that fits in {@code columns} columns (possibly empty). */
    public static String head(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }

    /** Pads with spaces on the right to {@code columns} columns (never cuts). */
    public static String padRight(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : s + " ".repeat(columns - w);
    }

    /** Pads with spaces on the left to {@code columns} columns (never cuts). */
    public static String padLeft(String s, int columns) {
        int w = of(s);
        return w >= columns ? s : " ".repeat(columns - w) + s;
    }

    private static boolean in(int[][] table, int cp) {
        int lo = 0;
        int hi = table.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cp < table[mid][0]) {
                hi = mid - 1;
            } else if (cp > table[mid][1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
