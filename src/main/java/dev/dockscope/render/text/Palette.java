package dev.dockscope.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Colours and glyphs, decided once per run and passed down. Styled text is built as {@link Line}s of {@link Span}s
 * ({@link #line()}, {@link #span}); with colour off every style is plain, so no escape code is ever made. With
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

    /** {@code s} itself with colour on, {@link Style#PLAIN} with colour off. */
    public Style style(Style s) {
        return color ? s : Style.PLAIN;
    }

    /** A span of {@code text} (sanitised) in {@code style}, plain when colour is off. */
    public Span span(Style style, String text) {
        // under --ascii the typographic characters become their ASCII forms here, before a line is measured, cut
        // and padded: folded only at the end ({@link Lines#add}), a "…" inside a table cell became "..." and pushed
        // the rest of its row two columns out
        return new Span(ascii && text != null ? Lines.fold(text) : text, style(style));
    }

    /** One dim span as a line: the notes and footers under a section. */
    public Line dimLine(String text) {
        return Line.of(span(Style.DIM, text));
    }

    /** Starts a styled line: {@code p.line().bold(name).text("  ").dim(note).build()}. */
    public LineBuilder line() {
        return new LineBuilder(this);
    }

    /** Builds a {@link Line} span by span, in this palette's colours. */
    public static final class LineBuilder {
        private final Palette p;
        private final List<Span> spans = new ArrayList<>();

        private LineBuilder(Palette p) {
            this.p = p;
        }

        /** Plain text; empty text adds nothing. */
        public LineBuilder text(String s) {
            if (s != null && !s.isEmpty()) {
                spans.add(Span.plain(s));
            }
            return this;
        }

        /** Text in {@code style} (plain with colour off); empty text adds nothing. */
        public LineBuilder add(Style style, String s) {
            if (s != null && !s.isEmpty()) {
                spans.add(p.span(style, s));
            }
            return this;
        }

        public LineBuilder add(Line l) {
            spans.addAll(l.spans());
            return this;
        }

        public LineBuilder add(Span s) {
            spans.add(s);
            return this;
        }

        /** Spaces up to {@code columns} columns from the start of the line (none when it is that wide already). */
        public LineBuilder pad(int columns) {
            int w = 0;
            for (Span s : spans) {
                w += s.width();
            }
            return w >= columns ? this : text(" ".repeat(columns - w));
        }

        public LineBuilder bold(String s) {
            return add(Style.BOLD, s);
        }

        public LineBuilder dim(String s) {
            return add(Style.DIM, s);
        }

        public LineBuilder red(String s) {
            return add(Style.RED, s);
        }

        public LineBuilder green(String s) {
            return add(Style.GREEN, s);
        }

        public LineBuilder yellow(String s) {
            return add(Style.YELLOW, s);
        }

        public LineBuilder blue(String s) {
            return add(Style.BLUE, s);
        }

        public LineBuilder cyan(String s) {
            return add(Style.CYAN, s);
        }

        public LineBuilder heading(String s) {
            return add(Style.HEADING, s);
        }

        public Line build() {
            return Line.of(spans);
        }
    }

    // glyphs -------------------------------------------------------------------------------------------------

    public String ellipsis() {
        return ascii ? "..." : "…";
    }

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
