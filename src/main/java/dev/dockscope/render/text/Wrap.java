package dev.dockscope.render.text;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by terminal columns. */
public final class Wrap {
    private Wrap() {
    }

    /** Wraps {@code text} into lines of at most {@code width} columns; words longer than a line are cut hard. */
    public static List<String> lines(String text, int width) {
        List<String> out = new ArrayList<>();
        int w = Math.max(1, width);
        for (String para : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            for (String word : para.split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                int ww = TextWidth.of(word);
                while (ww > w) {
                    if (lineWidth > 0) {
                        out.add(line.toString());
                        line.setLength(0);
                        lineWidth = 0;
                    }
                    String head = cut(word, w);
                    out.add(head);
                    word = word.substring(head.length());
                    ww = TextWidth.of(word);
                }
                if (lineWidth > 0 && lineWidth + 1 + ww > w) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (lineWidth > 0) {
                    line.append(' ');
                    lineWidth++;
                }
                line.append(word);
                lineWidth += ww;
            }
            out.add(line.toString());
        }
        return out;
    }

    /** Wraps and prefixes: the first line with {@code first}, the rest with spaces of the same width. */
    public static String hanging(String first, String text, int width) {
        int indent = TextWidth.of(first);
        List<String> ls = lines(text, width - indent);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ls.size(); i++) {
            b.append(i == 0 ? first : " ".repeat(indent)).append(ls.get(i));
            if (i < ls.size() - 1) {
                b.append('\n');
            }
        }
        return b.toString();
    }

    private static String cut(String s, int columns) {
        int w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int cw = TextWidth.of(cp);
            if (w + cw > columns) {
                break;
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s.substring(0, Math.max(i, Character.charCount(s.codePointAt(0))));
    }
}
