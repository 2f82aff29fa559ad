package dev.dockscope.render.lint;

import dev.dockscope.model.text.Sanitizer;

/**
 * Escaping for GitHub-flavoured Markdown (PR comments, {@code $GITHUB_STEP_SUMMARY}, GitLab notes).
 * {@link #literal} is for text that may carry file content (messages, paths, fixes): every character that could
 * start Markdown or HTML syntax is neutralised, so the text shows exactly as written. {@link #authored} is for the
 * rule catalogue's own prose (rationale, fix): its {@code `code spans`} are kept as code, everything else is literal.
 */
final class Markdown {
    private Markdown() {
    }

    /** Shows {@code s} verbatim. Line breaks become {@code <br>} so the result fits in one table cell. */
    static String literal(String s) {
        if (s == null) {
            return "";
        }
        String clean = Sanitizer.text(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '|', '~' -> b.append('\\').append(c);
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '\n' -> b.append("<br>");
                case '@' -> {
                    // "@name" would notify a GitHub user or team from a PR comment; a zero-width space breaks the link
                    b.append('@');
                    if (i + 1 < clean.length() && Character.isLetterOrDigit(clean.charAt(i + 1))) {
                        b.append("&#8203;");
                    }
                }
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The catalogue's prose: balanced backtick spans stay code spans (with {@code |} escaped when {@code inTable},
     * as GFM tables require even inside code), the rest is {@link #literal}.
     */
    static String authored(String s, boolean inTable) {
        if (s == null) {
            return "";
        }
        String clean = Sanitizer.line(s);
        StringBuilder b = new StringBuilder(clean.length() + 16);
        int i = 0;
        while (i < clean.length()) {
            int open = clean.indexOf('`', i);
            int close = open < 0 ? -1 : clean.indexOf('`', open + 1);
            if (close < 0) {
                b.append(literal(clean.substring(i)));
                break;
            }
            b.append(literal(clean.substring(i, open)));
            String code = clean.substring(open + 1, close);
            if (code.isBlank()) {
                b.append(literal(clean.substring(open, close + 1)));
            } else {
                b.append('`').append(inTable ? code.replace("|", "\\|") : code).append('`');
            }
            i = close + 1;
        }
        return b.toString();
    }
}
