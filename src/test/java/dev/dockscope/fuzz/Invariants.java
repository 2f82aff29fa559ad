package dev.dockscope.fuzz;

/** Checks shared by the fuzz tests. */
final class Invariants {
    private Invariants() {
    }

    /** No C0/C1 control (tab and newline excepted where text keeps them), no DEL, no bidi override. */
    static void printable(String s) {
        printable(s, false);
    }

    static void printable(String s, boolean newlinesAllowed) {
        if (s == null) {
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
            if ((control && !(newlinesAllowed && c == '\n')) || bidi) {
                throw new AssertionError(String.format("U+%04X at %d in %s", (int) c, i, s.length() > 200
                        ? s.substring(0, 200) : s).replaceAll("[\\p{Cc}\\p{Cf}]", "?"));
            }
        }
    }
}
