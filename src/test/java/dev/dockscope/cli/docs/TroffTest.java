package dev.dockscope.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TroffTest {
    @Test
    void hyphensBecomeMinusSigns() {
        assertEquals("\\-\\-fail\\-on", Troff.escape("--fail-on"));
    }

    @Test
    void backslashesAreEscapedAsE() {
        assertEquals("C:\\eUsers\\e\\e", Troff.escape("C:\\Users\\\\"));
    }

    @Test
    void lineStartingWithDotIsProtected() {
        assertEquals("\\&./dockscope tour", Troff.line("./dockscope tour"));
        assertEquals("\\&.SH not a request", Troff.line(".SH not a request"));
    }

    @Test
    void apostrophesAndBackticksAreLiteralGlyphs() {
        assertEquals("\\(aqquoted\\(aq at \\(gals\\(ga", Troff.line("'quoted' at `ls`"));
    }

    @Test
    void nonAsciiBecomesUnicodeEscapes() {
        assertEquals("KEY\\[u2026] \\[u2192] \\[u1F433]", Troff.escape("KEY… → \uD83D\uDC33"));
    }

    @Test
    void controlCharactersAreDroppedAndNewlinesBecomeSpaces() {
        assertEquals("bell a b", Troff.escape("be\u0007ll\u0000 a\nb"));
    }

    @Test
    void leadingSpaceIsTrimmedFromLines() {
        assertEquals("indented", Troff.line("   indented  "));
    }

    @Test
    void boldAndItalicEscapeTheirText() {
        assertEquals("\\fB\\-o\\fR \\fIFILE\\-NAME\\fR", Troff.bold("-o") + " " + Troff.italic("FILE-NAME"));
    }

    @Test
    void outputIsPureAscii() {
        String escaped = Troff.escape("Größe — ü\t\"x\"");
        assertEquals("Gr\\[u00F6]\\[u00DF]e \\[u2014] \\[u00FC] \\(dqx\\(dq", escaped);
    }
}
