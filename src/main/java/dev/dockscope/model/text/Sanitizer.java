package dev.dockscope.model.text;

/**
 * Makes strings that come from the daemon or from files safe to print: terminal escape sequences (CSI, OSC, DCS,
 * single ESC commands) are removed, other control characters (C0, DEL, C1) and bidirectional overrides become
 * U+FFFD, so nothing a label, an env value or a health probe's output contains can move the cursor, change colours,
 * set the window title or hide text.
 */
public final class Sanitizer {
    private static final char ESC = 0x1b;
    private static final char BEL = 0x07;
    private static final char REPLACEMENT = '\uFFFD';

    private Sanitizer() {
    }

    /** One line: newlines and tabs become spaces. Null stays null. */
    public static String line(String s) {
        return clean(s, false);
    }

    /** Several lines: newlines are kept, tabs become spaces, carriage returns are dropped. Null stays null. */
    public static String text(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean keepNewlines) {
        if (s == null) {
            return null;
        }
        if (isPlain(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ESC) {
                i = skipEscape(s, i);
            } else if (c == 0x9b) { // 8-bit CSI
                i = skipCsiBody(s, i + 1);
            } else if (c == 0x9d || c == 0x90) { // 8-bit OSC / DCS
                i = skipStringBody(s, i + 1);
            } else if (c == '\n') {
                b.append(keepNewlines ? '\n' : ' ');
            } else if (c == '\t') {
                b.append(' ');
            } else if (c == '\r') {
                if (!keepNewlines) {
                    b.append(' ');
                }
            } else if (isUnsafe(c)) {
                b.append(REPLACEMENT);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidi(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUnsafe(char c) {
        return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || isBidi(c);
    }

    private static boolean isBidi(char c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
    }

    /** Returns the index of the last character of the escape sequence starting at {@code i}. */
    private static int skipEscape(String s, int i) {
        if (i + 1 >= s.length()) {
            return i;
        }
        char next = s.charAt(i + 1);
        return switch (next) {
            case '[' -> skipCsiBody(s, i + 2);
            case ']', 'P', '_', '^', 'X' -> skipStringBody(s, i + 2);
            default -> {
                // ESC followed by intermediates (0x20-0x2f) and one final byte
                int j = i + 1;
                while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x2f) {
                    j++;
                }
                yield Math.min(j, s.length() - 1);
            }
        };
    }

    private static int skipCsiBody(String s, int j) {
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c >= 0x40 && c <= 0x7e) {
                return j;
            }
            if (c < 0x20 || c > 0x3f && c < 0x40) {
                return j - 1;
            }
            j++;
        }
        return s.length() - 1;
    }

    /** OSC/DCS/APC/PM/SOS: up to BEL or ST (ESC \ or 0x9c). */
    private static int skipStringBody(String s, int j) {
        while (j < s.length()) {
            char c = s.charAt(j);
            if (c == BEL || c == 0x9c) {
                return j;
            }
            if (c == ESC && j + 1 < s.length() && s.charAt(j + 1) == '\\') {
                return j + 1;
            }
            j++;
        }
        return s.length() - 1;
    }
}
