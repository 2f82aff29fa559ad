package dev.dockscope.render.text;

import java.util.Map;

/**
 * The {@code --ascii} forms of card text, derived mechanically. Diagrams use a one-to-one character map so columns
 * stay aligned; prose may use wider replacements ({@code —} becomes {@code -}, {@code →} becomes {@code ->}). Any
 * other non-ASCII character becomes {@code ?}, so ASCII output is ASCII whatever a card or the daemon contains.
 */
public final class CardAscii {
    /** One character for one character: box drawing, arrows, blocks, marks. */
    private static final Map<Character, Character> DIAGRAM = Map.ofEntries(
            Map.entry('─', '-'), Map.entry('━', '-'), Map.entry('╌', '-'), Map.entry('┄', '-'), Map.entry('═', '='),
            Map.entry('│', '|'), Map.entry('┃', '|'), Map.entry('║', '|'), Map.entry('╎', ':'), Map.entry('┆', ':'),
            Map.entry('┌', '+'), Map.entry('┐', '+'), Map.entry('└', '+'), Map.entry('┘', '+'),
            Map.entry('├', '+'), Map.entry('┤', '+'), Map.entry('┬', '+'), Map.entry('┴', '+'), Map.entry('┼', '+'),
            Map.entry('╔', '+'), Map.entry('╗', '+'), Map.entry('╚', '+'), Map.entry('╝', '+'), Map.entry('╧', '+'),
            Map.entry('╤', '+'), Map.entry('╪', '+'), Map.entry('╭', '+'), Map.entry('╮', '+'), Map.entry('╰', '+'),
            Map.entry('╯', '+'),
            Map.entry('▶', '>'), Map.entry('▷', '>'), Map.entry('◀', '<'), Map.entry('◁', '<'), Map.entry('▼', 'v'),
            Map.entry('▲', '^'), Map.entry('→', '>'), Map.entry('←', '<'), Map.entry('↓', 'v'), Map.entry('↑', '^'),
            Map.entry('█', '#'), Map.entry('▓', '#'), Map.entry('▒', '%'), Map.entry('░', '.'),
            Map.entry('•', '*'), Map.entry('·', '.'), Map.entry('✓', '+'), Map.entry('✗', 'x'), Map.entry('×', 'x'),
            Map.entry('●', '*'), Map.entry('○', 'o'), Map.entry('…', '.'), Map.entry('—', '-'), Map.entry('–', '-'));
    private static final Map<Character, String> PROSE = Map.ofEntries(
            Map.entry('—', " - "), Map.entry('–', "-"), Map.entry('→', "->"), Map.entry('←', "<-"),
            Map.entry('‘', "'"), Map.entry('’', "'"), Map.entry('“', "\""), Map.entry('”', "\""),
            Map.entry('…', "..."), Map.entry('×', "x"), Map.entry('•', "*"), Map.entry('≥', ">="),
            Map.entry('≤', "<="), Map.entry('✓', "ok"), Map.entry('✗', "x"), Map.entry('\u00a0', " "));

    private CardAscii() {
    }

    /** A diagram line in ASCII, column for column. */
    public static String diagram(String line) {
        StringBuilder b = new StringBuilder(line.length());
        line.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                b.append((char) cp);
            } else {
                Character c = cp <= 0xffff ? DIAGRAM.get((char) cp) : null;
                b.append(c != null ? c.charValue() : '?');
                if (c == null && TextWidth.of(cp) == 2) {
                    b.append('?');
                }
            }
        });
        return b.toString();
    }

    /** Running text in ASCII. */
    public static String prose(String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                b.append((char) cp);
            } else {
                String s = cp <= 0xffff ? PROSE.get((char) cp) : null;
                if (s == null) {
                    Character c = cp <= 0xffff ? DIAGRAM.get((char) cp) : null;
                    s = c != null ? String.valueOf(c) : "?";
                }
                b.append(s);
            }
        });
        return b.toString();
    }

    /** True when every character of a diagram has a mapping (a test keeps the cards that way). */
    public static boolean diagramCovered(String s) {
        return s.codePoints().allMatch(cp -> cp < 0x80 || cp <= 0xffff && DIAGRAM.containsKey((char) cp));
    }

    public static boolean proseCovered(String s) {
        return s.codePoints().allMatch(cp -> cp < 0x80
                || cp <= 0xffff && (PROSE.containsKey((char) cp) || DIAGRAM.containsKey((char) cp)));
    }
}
