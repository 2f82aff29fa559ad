package dev.dockscope.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class LinesTest {
    private static final String ESC = "\u001b";

    @Test
    void aCutColouredLineKeepsItsColour() {
        Palette p = new Palette(true, false);
        Lines out = new Lines(p, 8);
        out.add(p.line().bold("title").text(" ").dim("a long note").build());
        assertEquals(ESC + "[1mtitle" + ESC + "[m " + ESC + "[2ma" + ESC + "[m…\n", out.toString());
    }

    @Test
    void aCutLineUnderAsciiEndsWithThreeDots() {
        Palette p = new Palette(true, true);
        Lines out = new Lines(p, 8);
        out.add(p.line().red("→ abcdefgh").build());
        assertEquals(ESC + "[31m-> ab" + ESC + "[m...\n", out.toString());
    }

    @Test
    void withColourOffNoCodeIsWrittenWhateverTheTextHolds() {
        Palette off = new Palette(false, false);
        Lines out = new Lines(off, 80);
        out.add(off.line().red("plain " + ESC + "[31mred" + ESC + "[m and " + ESC + "]0;title" + "\u0007end").build());
        assertEquals("plain red and end\n", out.toString());
        assertFalse(out.toString().contains(ESC));
    }

    @Test
    void withColourOnOnlyTheSpansStylesAreWritten() {
        Palette on = new Palette(true, false);
        Lines out = new Lines(on, 80);
        out.add(on.line().red("a" + ESC + "[1mb" + ESC + "]0;title" + "\u0007c").build());
        assertEquals(ESC + "[31mabc" + ESC + "[m\n", out.toString());
    }

    @Test
    void asciiFoldsOurTypographyOnly() {
        Lines out = new Lines(new Palette(false, true), 80);
        out.add(Line.of("a → b • c — d 日本"));
        assertEquals("a -> b * c - d 日本\n", out.toString());
    }
}
