package dev.dockscope.lint.dockerfile;

import java.util.ArrayList;
import java.util.List;

/** Splits instruction arguments into words on blanks, honouring single and double quotes. Linear. */
public final class Words {
    private Words() {
    }

    /** A word (quotes removed) and the offset of its first character in the input. */
    public record Word(String text, int offset, int end) {
    }

    public static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (Word w : positioned(s)) {
            out.add(w.text());
        }
        return out;
    }

    public static List<Word> positioned(String s) {
        List<Word> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            // most words have no quotes: they are the input's own characters, cut out once, with no builder
            while (i < n) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'' || Character.isWhitespace(c)) {
                    break;
                }
                i++;
            }
            if (i >= n || Character.isWhitespace(s.charAt(i))) {
                out.add(new Word(s.substring(start, i), start, i));
                continue;
            }
            StringBuilder b = new StringBuilder(i - start + 16);
            b.append(s, start, i);
            char quote = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '\\' && quote == '"' && i + 1 < n && s.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        b.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (Character.isWhitespace(c)) {
                    break;
                } else {
                    b.append(c);
                }
                i++;
            }
            out.add(new Word(b.toString(), start, i));
        }
        return out;
    }
}
