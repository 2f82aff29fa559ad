package dev.dockscope.render.text;

/**
 * Collects output lines, cutting each to the width (in terminal columns) so nothing is wider than asked. A line that
 * must be cut keeps its colours up to the cut, then ends with an ellipsis. Lines are {@link Line} values of sanitised
 * {@link Span}s, so every text that reaches the output has been cleaned by type.
 */
public final class Lines {
    private final StringBuilder b = new StringBuilder();
    private final int width;
    private final boolean ascii;
    private final boolean color;

    /** Lines in the palette's colours: with colour off no SGR code is written, whatever the lines added hold. */
    public Lines(Palette palette, int width) {
        this.width = width;
        this.ascii = palette.ascii();
        this.color = palette.color();
    }

    public Lines add(Line line) {
        if (!color) {
            line = line.plain();
        }
        if (ascii) {
            line = line.mapText(Lines::fold);
        }
        b.append(line.cut(width, ascii ? "..." : "…").render()).append('\n');
        return this;
    }

    public Lines addAll(Iterable<Line> lines) {
        for (Line l : lines) {
            add(l);
        }
        return this;
    }

    /** {@code text} wrapped to this width after {@code first}, following lines indented to match it. */
    public Lines addHanging(Line first, Line text) {
        return addAll(Wrap.hanging(first, text, width));
    }

    public Lines blank() {
        b.append('\n');
        return this;
    }

    public int width() {
        return width;
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
