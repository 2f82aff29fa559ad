package dev.dockscope.render.lint;

/**
 * Escaping for the XML reports (checkstyle, JUnit). Characters that XML 1.0 forbids (C0 controls other than tab, line
 * feed and carriage return; lone surrogates; U+FFFE and U+FFFF) become U+FFFD, because no parser accepts them even as
 * character references. In attributes, tab, line feed and carriage return are written as character references so
 * that a parser's attribute-value normalisation gives back the original string.
 */
final class Xml {
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final char REPLACEMENT = '\uFFFD';

    private Xml() {
    }

    /** An attribute value (to be written between double quotes). Null becomes the empty string. */
    static String attr(String s) {
        return escape(s, true);
    }

    /** Character data of an element. Null becomes the empty string. */
    static String text(String s) {
        return escape(s, false);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;"); // also keeps "]]>" out of character data
                case '&' -> b.append("&amp;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\'' -> b.append(attribute ? "&apos;" : "'");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;"); // a literal CR would be folded into LF by the parser
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                        b.append(REPLACEMENT);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
