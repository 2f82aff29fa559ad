package dev.dockscope.cli.docs;

/**
 * Escapes plain text for troff (man(7)) input. The output is pure ASCII: backslashes become {@code \e}, hyphens
 * {@code \-} (so options copy and paste as typed), quotes and backticks their named glyphs, every other non-ASCII
 * character {@code \[uXXXX]}, and control characters are dropped. {@link #line} also guards a line that would
 * otherwise start with a control character ({@code .} or {@code '}).
 */
public final class Troff {
    private Troff() {
    }

    /** Escapes text that goes inside a line (no newlines expected: they become spaces). */
    public static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> b.append("\\e");
                case '-' -> b.append("\\-");
                case '\'' -> b.append("\\(aq");
                case '`' -> b.append("\\(ga");
                case '"' -> b.append("\\(dq");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> {
                    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
                        return; // control characters never reach the page
                    }
                    if (cp < 0x80) {
                        b.append((char) cp);
                    } else {
                        b.append("\\[u").append(String.format("%04X", cp)).append(']');
                    }
                }
            }
        });
        return b.toString();
    }

    /** One text line: escaped, trimmed, and protected against being read as a request. */
    public static String line(String text) {
        return protect(escape(text.strip()));
    }

    /** Guards an already escaped line that starts with a control character or a space. */
    public static String protect(String escaped) {
        if (escaped.startsWith(".") || escaped.startsWith("'") || escaped.startsWith(" ")) {
            return "\\&" + escaped;
        }
        return escaped;
    }

    /** {@code \fB…\fR} around escaped text. */
    public static String bold(String text) {
        return "\\fB" + escape(text) + "\\fR";
    }

    /** {@code \fI…\fR} around escaped text. */
    public static String italic(String text) {
        return "\\fI" + escape(text) + "\\fR";
    }
}
