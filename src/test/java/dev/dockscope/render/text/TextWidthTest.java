package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWidthTest {
    @Test
    void asciiCountsOnePerChar() {
        assertEquals(5, TextWidth.of("hello"));
    }

    @Test
    void cjkCountsTwo() {
        assertEquals(4, TextWidth.of("日本"));
    }

    @Test
    void combiningMarksCountZero() {
        assertEquals(1, TextWidth.of("e\u0301"));
    }

    @Test
    void emojiCountsTwo() {
        assertEquals(2, TextWidth.of("\uD83D\uDC33")); // whale
    }

    @Test
    void colourCodesCountZero() {
        assertEquals(3, TextWidth.of("\u001b[1;31mabc\u001b[0m"));
    }

    @Test
    void truncateRespectsWideCharacters() {
        String cut = TextWidth.truncate("日本語のテキスト", 7, false);
        assertEquals("日本語…", cut);
        assertEquals(7, TextWidth.of(cut));
    }

    @Test
    void truncateAsciiUsesThreeDots() {
        assertEquals("abc...", TextWidth.truncate("abcdefghij", 6, true));
    }

    @Test
    void padUsesColumns() {
        assertEquals("日本  ", TextWidth.padRight("日本", 6));
        assertEquals("  ab", TextWidth.padLeft("ab", 4));
    }
}
