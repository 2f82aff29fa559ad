package dev.dockscope.render.text;

/** Collects output lines, cutting each to the width (in terminal columns) so nothing is wider than asked. */
public final class Lines {
    private final StringBuilder b = new StringBuilder();
    private final int width;
    private final boolean ascii;

    public Lines(int width, boolean ascii) {
        this.width = width;
        this.ascii = ascii;
    }

    public Lines add(String line) {
        if (ascii) {
            line = fold(line);
        }
        for (String l : line.split("\n", -1)) {
            b.append(fit(l)).append('\n');
        }
        return this;
    }

    public Lines blank() {
        b.append('\n');
        return this;
    }

    public int width() {
        return width;
    }

    private String fit(String l) {
        if (TextWidth.of(l) <= width) {
            return l;
        }
        // lines with colour codes: cut on the visible text
        return TextWidth.truncate(stripSgr(l), width, ascii);
    }

    private static final String[][] ASCII = {
        {"…", "..."}, {"—", "-"}, {"–", "-"}, {"→", "->"}, {"←", "<-"}, {"✓", "ok"}, {"✗", "x"}, {"⚠", "!"},
        {"•", "*"}, {"·", "|"}, {"×", "x"}, {"“", "\""}, {"”", "\""}, {"‘", "'"}, {"’", "'"}, {"≥", ">="},
        {"≤", "<="},
    };

    /** Under --ascii: our own typographic characters become ASCII (data from the daemon is left as it is). */
    static String fold(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = s.charAt(i) < 0x80;
        }
        if (plain) {
            return s;
        }
        for (String[] r : ASCII) {
            s = s.replace(r[0], r[1]);
        }
        return s;
    }

    static String stripSgr(String s) {
        return s.replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
