package dev.dockscope.render.text;

/**
 * How a {@link Span} looks: the parameters of one SGR sequence ({@code 1} bold, {@code 2} dim, {@code 31} red…), or
 * none for plain text. Only {@link Palette} hands out styles other than {@link #PLAIN}, and only when colour is on.
 */
public record Style(String sgr) {
    public static final Style PLAIN = new Style("");
    public static final Style BOLD = new Style("1");
    public static final Style DIM = new Style("2");
    public static final Style RED = new Style("31");
    public static final Style GREEN = new Style("32");
    public static final Style YELLOW = new Style("33");
    public static final Style BLUE = new Style("34");
    public static final Style CYAN = new Style("36");
    /** Section titles: bold cyan. */
    public static final Style HEADING = new Style("1;36");

    static final String RESET = "\u001b[m";

    public Style {
        if (sgr == null) {
            sgr = "";
        }
        for (int i = 0; i < sgr.length(); i++) {
            char c = sgr.charAt(i);
            if ((c < '0' || c > '9') && c != ';') {
                throw new IllegalArgumentException("not SGR parameters: " + sgr);
            }
        }
    }

    public boolean plain() {
        return sgr.isEmpty();
    }

    /** This style with {@code inner} applied on top (what a terminal shows for nested codes). */
    public Style and(Style inner) {
        if (plain()) {
            return inner;
        }
        return inner.plain() || inner.equals(this) ? this : new Style(sgr + ";" + inner.sgr);
    }

    // written out: a record's generated equals/hashCode/toString bootstrap java.lang.runtime.ObjectMethods (about
    // sixty method-handle classes) on first use, which every coloured or wrapped line would pay at start-up

    @Override
    public boolean equals(Object o) {
        return o instanceof Style s && s.sgr.equals(sgr);
    }

    @Override
    public int hashCode() {
        return sgr.hashCode();
    }

    @Override
    public String toString() {
        return "Style[" + sgr + "]";
    }

    /** {@code s} between this style's SGR sequence and a reset; plain text as it is. */
    public String wrap(String s) {
        return plain() ? s : "\u001b[" + sgr + "m" + s + RESET;
    }
}
