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
        out.add(p.bold("title") + " " + p.dim("a long note"));
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
    void withColourOffNoCodeIsWrittenWhateverTheStringHolds() {
        Lines out = new Lines(new Palette(false, false), 80);
        out.add("plain " + ESC + "[31mred" + ESC + "[m and " + ESC + "]0;title" + "\u0007end");
        assertEquals("plain red and end\n", out.toString());
        assertFalse(out.toString().contains(ESC));
    }

    @Test
    void theOldConstructorKeepsTheCodesItIsGiven() {
        Lines out = new Lines(10, false);
        out.add(ESC + "[1mbold" + ESC + "[m text that is long");
        assertEquals(ESC + "[1mbold" + ESC + "[m text…\n", out.toString());
    }

    @Test
    void asciiFoldsOurTypographyOnly() {
        Lines out = new Lines(new Palette(false, true), 80);
        out.add("a → b • c — d 日本");
        assertEquals("a -> b * c - d 日本\n", out.toString());
    }

    @Test
    void everyLineOfAMultiLineStringIsFittedOnItsOwn() {
        Lines out = new Lines(new Palette(false, false), 4);
        out.add("abcdef\nxy");
        assertEquals("abc…\nxy\n", out.toString());
    }
}
