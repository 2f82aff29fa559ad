package dev.dockscope.render.text;

import org.fusesource.jansi.Ansi;

/**
 * Colours and glyphs, decided once per run and passed down. With colour off every style is the identity; with
 * {@code --ascii} box-drawing and block characters are replaced by plain ASCII.
 */
public final class Palette {
    private final boolean color;
    private final boolean ascii;

    public Palette(boolean color, boolean ascii) {
        this.color = color;
        this.ascii = ascii;
    }

    public static Palette plain() {
        return new Palette(false, false);
    }

    public boolean color() {
        return color;
    }

    public boolean ascii() {
        return ascii;
    }

    public String bold(String s) {
        return color ? Ansi.ansi().bold().a(s).reset().toString() : s;
    }

    public String dim(String s) {
        return color ? Ansi.ansi().a(Ansi.Attribute.INTENSITY_FAINT).a(s).reset().toString() : s;
    }

    public String red(String s) {
        return fg(Ansi.Color.RED, s);
    }

    public String green(String s) {
        return fg(Ansi.Color.GREEN, s);
    }

    public String yellow(String s) {
        return fg(Ansi.Color.YELLOW, s);
    }

    public String blue(String s) {
        return fg(Ansi.Color.BLUE, s);
    }

    public String cyan(String s) {
        return fg(Ansi.Color.CYAN, s);
    }

    /** Heading style for section titles. */
    public String heading(String s) {
        return color ? Ansi.ansi().bold().fg(Ansi.Color.CYAN).a(s).reset().toString() : s;
    }

    private String fg(Ansi.Color c, String s) {
        return color ? Ansi.ansi().fg(c).a(s).reset().toString() : s;
    }

    // glyphs -------------------------------------------------------------------------------------------------

    public String bullet() {
        return ascii ? "*" : "•";
    }

    public String arrow() {
        return ascii ? "->" : "→";
    }

    public String dash() {
        return ascii ? "-" : "—";
    }

    public String warn() {
        return ascii ? "!" : "⚠";
    }

    public String check() {
        return ascii ? "ok" : "✓";
    }

    public String cross() {
        return ascii ? "x" : "✗";
    }

    /** Horizontal rule character. */
    public char hLine() {
        return ascii ? '-' : '─';
    }

    public char vLine() {
        return ascii ? '|' : '│';
    }

    public char dashedH() {
        return ascii ? '-' : '╌';
    }

    public char dashedV() {
        return ascii ? ':' : '╎';
    }

    public String corner(Corner c) {
        if (ascii) {
            return "+";
        }
        return switch (c) {
            case TOP_LEFT -> "┌";
            case TOP_RIGHT -> "┐";
            case BOTTOM_LEFT -> "└";
            case BOTTOM_RIGHT -> "┘";
            case TEE_LEFT -> "├";
            case TEE_RIGHT -> "┤";
        };
    }

    /** Tree branch glyphs: {@code ├── } / {@code └── } / {@code │   }. */
    public String branch(boolean last) {
        if (ascii) {
            return last ? "`-- " : "|-- ";
        }
        return last ? "└── " : "├── ";
    }

    public String treeIndent(boolean parentLast) {
        if (parentLast) {
            return "    ";
        }
        return ascii ? "|   " : "│   ";
    }

    /** A proportional bar of {@code width} columns filled to {@code fraction} (eighths of a cell in Unicode). */
    public String bar(double fraction, int width) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        if (ascii) {
            int full = (int) Math.round(f * width);
            if (full == 0 && f > 0) {
                full = 1;
            }
            return "#".repeat(full) + " ".repeat(width - full);
        }
        int eighths = (int) Math.round(f * width * 8);
        if (eighths == 0 && f > 0) {
            eighths = 1;
        }
        int full = eighths / 8;
        int rest = eighths % 8;
        StringBuilder b = new StringBuilder("█".repeat(full));
        if (rest > 0) {
            b.append("▏▎▍▌▋▊▉".charAt(rest - 1));
        }
        return b + " ".repeat(Math.max(0, width - full - (rest > 0 ? 1 : 0)));
    }

    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT, TEE_LEFT, TEE_RIGHT }
}
