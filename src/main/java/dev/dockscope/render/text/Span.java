package dev.dockscope.render.text;

import dev.dockscope.model.text.Sanitizer;

/**
 * A run of text in one {@link Style}. The text is sanitised when the span is made ({@link Sanitizer#line}: escape
 * sequences removed, control and bidirectional characters replaced, newlines and tabs become spaces), so no string
 * that reaches a rendered line can carry a terminal control. Sanitising is idempotent and keeps our own typographic
 * glyphs (→ • … ✓).
 */
public record Span(String text, Style style) {
    public Span {
        text = text == null ? "" : Sanitizer.line(text);
        style = style == null ? Style.PLAIN : style;
    }

    public static Span plain(String text) {
        return new Span(text, Style.PLAIN);
    }

    /** Columns the text takes in a terminal. */
    public int width() {
        return TextWidth.of(text);
    }

    Span withText(String t) {
        return t.equals(text) ? this : new Span(t, style);
    }

    // written out, as in Style: no ObjectMethods bootstrap at start-up
    @Override
    public boolean equals(Object o) {
        return o instanceof Span s && s.text.equals(text) && s.style.equals(style);
    }

    @Override
    public int hashCode() {
        return 31 * text.hashCode() + style.hashCode();
    }

    @Override
    public String toString() {
        return "Span[" + text + ", " + style + "]";
    }

    String render() {
        return style.wrap(text);
    }
}
