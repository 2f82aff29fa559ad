package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static final String ESC = "\u001b";
    private final Palette colour = new Palette(true, false);

    private static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    @Test
    void wrapsAtWordsWithinTheWidth() {
        assertEquals(List.of("the quick", "brown fox", "jumps"),
                texts(Wrap.lines(Line.of("the quick brown fox jumps"), 10, Line.EMPTY, Line.EMPTY)));
    }

    @Test
    void firstAndRestPrefixesMakeAHangingIndent() {
        assertEquals(List.of("  - alpha beta", "    gamma"),
                texts(Wrap.lines(Line.of("alpha beta gamma"), 14, Line.of("  - "), Line.of("    "))));
        assertEquals(List.of("key: one two", "     three"),
                texts(Wrap.hanging(Line.of("key: "), Line.of("one two three"), 12)));
    }

    @Test
    void runsOfSpacesCollapse() {
        assertEquals(List.of("a b c"), texts(Wrap.lines(Line.of("  a   b  c  "), 20, Line.EMPTY, Line.EMPTY)));
    }

    @Test
    void wideCharactersCountTwoColumns() {
        List<Line> lines = Wrap.lines(Line.of("日本 語の テキスト"), 7, Line.EMPTY, Line.EMPTY);
        assertEquals(List.of("日本", "語の", "テキス", "ト"), texts(lines));
        assertTrue(lines.stream().allMatch(l -> l.width() <= 7));
    }

    @Test
    void aWordLongerThanTheWidthStartsItsOwnLineAndIsBroken() {
        assertEquals(List.of("see", "abcdefgh", "ijkl and"),
                texts(Wrap.lines(Line.of("see abcdefghijkl and"), 8, Line.EMPTY, Line.EMPTY)));
        assertEquals(List.of("> abcde", "  fghij", "  k"),
                texts(Wrap.lines(Line.of("abcdefghijk"), 7, Line.of("> "), Line.of("  "))));
    }

    @Test
    void aWideCharacterIsNeverBrokenAndEveryLineGetsOne() {
        assertEquals(List.of("日", "本"), texts(Wrap.lines(Line.of("日本"), 1, Line.EMPTY, Line.EMPTY)));
    }

    @Test
    void aNumberStaysWithItsUnit() {
        assertEquals(List.of("layer adds", "5.0 kB here"),
                texts(Wrap.lines(Line.of("layer adds 5.0 kB here"), 12, Line.EMPTY, Line.EMPTY)));
        assertEquals(List.of("take 5", "Bytes"), texts(Wrap.lines(Line.of("take 5 Bytes"), 7, Line.EMPTY, Line.EMPTY)));
    }

    @Test
    void emptyTextGivesThePrefixAlone() {
        assertEquals(List.of("head: "), texts(Wrap.lines(Line.of(""), 20, Line.of("head: "), Line.EMPTY)));
    }

    @Test
    void stylesAreKeptAcrossLinesAndTheSpaceKeepsItsStyle() {
        Line text = colour.line().dim("one two").text(" ").red("three four").build();
        List<String> out = Wrap.lines(text, 9, Line.EMPTY, Line.EMPTY).stream().map(Line::render).toList();
        assertEquals(List.of(ESC + "[2mone two" + ESC + "[m", ESC + "[31mthree" + ESC + "[m",
                ESC + "[31mfour" + ESC + "[m"), out);
    }

    @Test
    void aBrokenWordKeepsItsStyles() {
        Line text = colour.line().bold("abc").green("defgh").build();
        List<String> out = Wrap.lines(text, 4, Line.EMPTY, Line.EMPTY).stream().map(Line::render).toList();
        assertEquals(List.of(ESC + "[1mabc" + ESC + "[m" + ESC + "[32md" + ESC + "[m", ESC + "[32mefgh" + ESC + "[m"),
                out);
    }
}
