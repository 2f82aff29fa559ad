package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineTest {
    private static final String ESC = "\u001b";
    private final Palette colour = new Palette(true, false);

    @Test
    void cutInsideASpanKeepsItsColourAndClosesItBeforeTheEllipsis() {
        Line l = colour.line().text("ab ").red("cdefgh").text(" ij").build();
        Line cut = l.cut(6, "…");
        assertEquals(6, cut.width());
        assertEquals("ab " + ESC + "[31mcd" + ESC + "[m…", cut.render());
    }

    @Test
    void cutKeepsEveryWholeSpanBeforeTheCut() {
        Line l = colour.line().bold("one").dim("two").green("three").build();
        assertEquals(ESC + "[1mone" + ESC + "[m" + ESC + "[2mtwo" + ESC + "[m" + ESC + "[32mth" + ESC + "[m…",
                l.cut(9, "…").render());
    }

    @Test
    void aLineThatFitsIsNotCut() {
        Line l = colour.line().red("abc").build();
        assertEquals(l, l.cut(3, "…"));
    }

    @Test
    void cutNeverSplitsAWideCharacter() {
        Line l = colour.line().text("日本").cyan("語のテキスト").build();
        Line cut = l.cut(7, "…");
        assertEquals("日本" + ESC + "[36m語" + ESC + "[m…", cut.render());
        assertEquals(7, cut.width());
        Line odd = Line.of("日本語").cut(4, "…");
        assertEquals("日…", odd.text());
        assertEquals(3, odd.width());
    }

    @Test
    void widthCountsWideCharactersTwiceAndIgnoresStyles() {
        assertEquals(7, colour.line().bold("日本").text("abc").build().width());
    }

    @Test
    void spanTextIsSanitisedWhenTheSpanIsMade() {
        String evil = "a\u001b]0;pwned\u0007b\u001b[31mc\u009b2Jd\u202ee\u2066f\u0001g\u007fh\u0085i\ttab\nnl";
        Span s = new Span(evil, Style.BOLD);
        assertSafe(s.text());
        assertFalse(s.text().contains("pwned"));
        assertEquals(s, new Span(s.text(), Style.BOLD), "sanitising is idempotent");
        assertSafe(Line.of(evil).text());
        assertSafe(colour.line().red(evil).build().text());
        assertSafe(colour.span(Style.DIM, evil).text());
    }

    @Test
    void ourOwnGlyphsSurviveSanitising() {
        String glyphs = "→ • … ✓ ✗ ⚠ — ─│┌┐└┘ █▏ 日本 \ufffd";
        assertEquals(glyphs, Span.plain(glyphs).text());
    }

    @Test
    void stripTrailingDropsEndingSpacesAndKeepsStyles() {
        Line l = colour.line().red("ab  ").text("   ").build();
        assertEquals(ESC + "[31mab" + ESC + "[m", l.stripTrailing().render());
        assertEquals(Line.EMPTY.spans(), Line.of("   ").stripTrailing().spans());
        Line none = colour.line().text("a").dim("b").build();
        assertTrue(none == none.stripTrailing(), "a line without trailing spaces is itself");
    }

    @Test
    void padCountsColumnsFromTheStartOfTheLine() {
        Line l = colour.line().text("  ").bold("日本").pad(8).text("|").build();
        assertEquals("  日本  |", l.text());
        assertEquals("  abcdefgh|", colour.line().text("  ").text("abcdefgh").pad(8).text("|").build().text());
    }

    @Test
    void withColourOffThePaletteMakesOnlyPlainSpans() {
        Palette off = new Palette(false, false);
        Line l = off.line().bold("a").red("b").heading("c").build();
        assertEquals("abc", l.render());
    }

    static void assertSafe(String s) {
        for (char c : s.toCharArray()) {
            boolean control = c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
            assertFalse(control || bidi, "U+" + Integer.toHexString(c) + " in " + s);
        }
    }
}
