package dev.dockscope.render.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One line of styled text: a list of {@link Span}s, measured in terminal columns. Lines are values: cutting or
 * padding one makes a new line, and each span keeps its style, so a line cut to the width keeps its colours. Build
 * coloured lines with {@link Palette#line()}; {@link #render()} writes them with SGR codes.
 */
public final class Line {
    public static final Line EMPTY = new Line(List.of());

    private final List<Span> spans;

    private Line(List<Span> spans) {
        this.spans = spans;
    }

    /** A plain line (sanitised like every span). */
    public static Line of(String text) {
        return new Line(List.of(Span.plain(text)));
    }

    public static Line of(Span... spans) {
        return new Line(List.of(spans));
    }

    public static Line of(List<Span> spans) {
        return new Line(List.copyOf(spans));
    }

    public List<Span> spans() {
        return Collections.unmodifiableList(spans);
    }

    public Line plus(Span s) {
        List<Span> l = new ArrayList<>(spans.size() + 1);
        l.addAll(spans);
        l.add(s);
        return new Line(l);
    }

    public Line plus(Line other) {
        if (other.spans.isEmpty()) {
            return this;
        }
        if (spans.isEmpty()) {
            return other;
        }
        List<Span> l = new ArrayList<>(spans.size() + other.spans.size());
        l.addAll(spans);
        l.addAll(other.spans);
        return new Line(l);
    }

    public Line plus(String plainText) {
        return plus(Span.plain(plainText));
    }

    /** Columns the line takes. */
    public int width() {
        int w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        return w;
    }

    /** The visible text, without styles. */
    public String text() {
        if (spans.size() == 1) {
            return spans.get(0).text();
        }
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            b.append(s.text());
        }
        return b.toString();
    }

    public boolean isEmpty() {
        for (Span s : spans) {
            if (!s.text().isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The line cut to at most {@code columns} columns: when it is wider, it is cut inside the span where the room
     * ends (that span keeps its style up to the cut) and {@code ellipsis} follows, plain.
     */
    public Line cut(int columns, String ellipsis) {
        if (width() <= columns) {
            return this;
        }
        int budget = columns - TextWidth.of(ellipsis);
        if (budget <= 0) {
            return of(ellipsis.substring(0, Math.max(0, Math.min(ellipsis.length(), columns))));
        }
        List<Span> out = new ArrayList<>();
        int w = 0;
        for (Span s : spans) {
            int sw = s.width();
            if (w + sw <= budget) {
                out.add(s);
                w += sw;
                continue;
            }
            String head = TextWidth.head(s.text(), budget - w);
            if (!head.isEmpty()) {
                out.add(s.withText(head));
            }
            break;
        }
        out.add(Span.plain(ellipsis));
        return new Line(out);
    }

    /** Spaces on the right up to {@code columns} (never cuts). */
    public Line padRight(int columns) {
        int w = width();
        return w >= columns ? this : plus(" ".repeat(columns - w));
    }

    /** The line without the spaces it ends with (styles kept; spans left empty dropped). */
    public Line stripTrailing() {
        int last = spans.size() - 1;
        while (last >= 0 && spans.get(last).text().stripTrailing().isEmpty()) {
            last--;
        }
        if (last == spans.size() - 1 && (last < 0 || !spans.get(last).text().endsWith(" "))) {
            return this;
        }
        List<Span> l = new ArrayList<>(spans.subList(0, last + 1));
        if (last >= 0) {
            l.set(last, l.get(last).withText(l.get(last).text().stripTrailing()));
        }
        return new Line(l);
    }

    /** The same text with every span plain (colour off). */
    public Line plain() {
        boolean styled = false;
        for (Span s : spans) {
            styled |= !s.style().plain();
        }
        if (!styled) {
            return this;
        }
        List<Span> l = new ArrayList<>(spans.size());
        for (Span s : spans) {
            l.add(new Span(s.text(), Style.PLAIN));
        }
        return new Line(l);
    }

    /** Each span's text mapped by {@code f} (styles kept). */
    public Line mapText(UnaryOperator<String> f) {
        List<Span> l = new ArrayList<>(spans.size());
        for (Span s : spans) {
            l.add(s.withText(f.apply(s.text())));
        }
        return new Line(l);
    }

    /** Adjacent spans of one style joined (fewer SGR codes when rendered), empty spans dropped. */
    public Line merged() {
        List<Span> l = new ArrayList<>(spans.size());
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            int last = l.size() - 1;
            if (last >= 0 && l.get(last).style().equals(s.style())) {
                l.set(last, new Span(l.get(last).text() + s.text(), s.style()));
            } else {
                l.add(s);
            }
        }
        return new Line(l);
    }

    /** The line as terminal text: each styled span between its SGR code and a reset. */
    public String render() {
        if (spans.size() == 1) {
            return spans.get(0).render();
        }
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            b.append(s.render());
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line l && l.spans.equals(spans);
    }

    @Override
    public int hashCode() {
        return spans.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }
}
