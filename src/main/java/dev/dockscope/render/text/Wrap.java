package dev.dockscope.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The one word-wrapper. Rules, for every renderer:
 * <ul>
 * <li>widths are terminal columns ({@link TextWidth}: wide characters count two);</li>
 * <li>words are separated by spaces; runs of spaces collapse, leading and trailing spaces go;</li>
 * <li>the first line starts with {@code first}, the others with {@code rest} (a hanging indent);</li>
 * <li>a word longer than a whole line starts a line of its own and is broken at the width (never inside a wide
 *     character; at least one character per line);</li>
 * <li>a number and its size unit ({@code 5.0 kB}) stay on one line;</li>
 * <li>spans keep their styles, the space between two words keeps the style it had.</li>
 * </ul>
 */
public final class Wrap {
    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private Wrap() {
    }

    /** Wraps {@code text} into lines of at most {@code width} columns, the first after {@code first}, the rest after {@code rest}. */
    public static List<Line> lines(Line text, int width, Line first, Line rest) {
        List<Line> out = new ArrayList<>();
        List<Word> words = words(text);
        List<Span> cur = new ArrayList<>(first.spans());
        int curW = first.width();
        int restW = rest.width();
        boolean empty = true;
        Style sep = Style.PLAIN;
        for (Word word : words) {
            List<Span> w = word.spans;
            int ww = width(w);
            if (!empty && curW + 1 + ww > width) {
                out.add(Line.of(cur).merged());
                cur = new ArrayList<>(rest.spans());
                curW = restW;
                empty = true;
            }
            if (!empty) {
                cur.add(new Span(" ", sep));
                curW++;
            }
            while (ww > 0 && curW + ww > width) {
                int room = Math.max(1, width - curW);
                List<List<Span>> split = split(w, room);
                cur.addAll(split.get(0));
                out.add(Line.of(cur).merged());
                w = split.get(1);
                ww = width(w);
                cur = new ArrayList<>(rest.spans());
                curW = restW;
                empty = true;
            }
            if (ww > 0) {
                cur.addAll(w);
                curW += ww;
                empty = false;
            }
            sep = word.sepStyle;
        }
        if (!empty || out.isEmpty()) {
            out.add(Line.of(cur).merged());
        }
        return out;
    }

    /** Wraps {@code text} after {@code first}; the other lines are indented by the width of {@code first}. */
    public static List<Line> hanging(Line first, Line text, int width) {
        return lines(text, width, first, Line.of(" ".repeat(first.width())));
    }

    private record Word(List<Span> spans, Style sepStyle) {
    }

    /** Splits the line into words at spaces (glued number–unit spaces excepted). */
    private static List<Word> words(Line text) {
        String all = text.text();
        List<Word> words = new ArrayList<>();
        List<Span> cur = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int k = 0;
        for (Span s : text.spans()) {
            String t = s.text();
            for (int i = 0; i < t.length(); i++, k++) {
                char c = t.charAt(i);
                if (c == ' ' && !glued(all, k)) {
                    if (run.length() > 0) {
                        cur.add(new Span(run.toString(), s.style()));
                        run.setLength(0);
                    }
                    if (!cur.isEmpty()) {
                        words.add(new Word(cur, s.style()));
                        cur = new ArrayList<>();
                    }
                } else {
                    run.append(c);
                }
            }
            if (run.length() > 0) {
                cur.add(new Span(run.toString(), s.style()));
                run.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            words.add(new Word(cur, Style.PLAIN));
        }
        return words;
    }

    /** A space between a digit and a size unit: {@code 5.0 kB}. */
    private static boolean glued(String s, int k) {
        if (k == 0 || !Character.isDigit(s.charAt(k - 1))) {
            return false;
        }
        for (String u : UNITS) {
            int end = k + 1 + u.length();
            if (s.startsWith(u, k + 1) && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static int width(List<Span> spans) {
        int w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        return w;
    }

    /** The first {@code columns} columns of a word (at least one character) and the rest. */
    private static List<List<Span>> split(List<Span> word, int columns) {
        List<Span> head = new ArrayList<>();
        List<Span> tail = new ArrayList<>();
        int w = 0;
        boolean full = false;
        for (Span s : word) {
            if (full) {
                tail.add(s);
                continue;
            }
            int sw = s.width();
            if (w + sw <= columns) {
                head.add(s);
                w += sw;
                continue;
            }
            String h = TextWidth.head(s.text(), columns - w);
            if (h.isEmpty() && head.isEmpty()) {
                h = s.text().substring(0, Character.charCount(s.text().codePointAt(0)));
            }
            if (!h.isEmpty()) {
                head.add(new Span(h, s.style()));
            }
            if (h.length() < s.text().length()) {
                tail.add(new Span(s.text().substring(h.length()), s.style()));
            }
            full = true;
        }
        return List.of(head, tail);
    }
}
