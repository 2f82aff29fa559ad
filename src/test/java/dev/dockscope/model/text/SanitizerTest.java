package dev.dockscope.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SanitizerTest {
    @Test
    void plainTextIsUnchanged() {
        assertEquals("nginx:1.27 — ok ✓ 日本", Sanitizer.line("nginx:1.27 — ok ✓ 日本"));
    }

    @Test
    void nullStaysNull() {
        assertNull(Sanitizer.line(null));
    }

    @Test
    void colourSequencesAreRemoved() {
        assertEquals("red text", Sanitizer.line("\u001b[31mred\u001b[0m text"));
    }

    @Test
    void cursorMovesAndClearScreenAreRemoved() {
        assertEquals("ab", Sanitizer.line("a\u001b[2J\u001b[H\u001b[10;20fb"));
    }

    @Test
    void oscTitleSequencesAreRemovedWithBelOrSt() {
        assertEquals("xy", Sanitizer.line("x\u001b]0;pwned\u0007y"));
        assertEquals("xy", Sanitizer.line("x\u001b]8;;http://evil\u001b\\y"));
    }

    @Test
    void eightBitCsiIsRemoved() {
        assertEquals("ab", Sanitizer.line("a\u009b31mb"));
    }

    @Test
    void otherControlsBecomeReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc", Sanitizer.line("a\u0008b\u007fc"));
    }

    @Test
    void bidiOverridesAreNeutralised() {
        assertEquals("a\uFFFDb", Sanitizer.line("a\u202eb"));
    }

    @Test
    void lineModeFoldsNewlinesAndTabs() {
        assertEquals("a b c", Sanitizer.line("a\nb\tc"));
    }

    @Test
    void textModeKeepsNewlinesAndDropsCarriageReturns() {
        assertEquals("a\nb", Sanitizer.text("a\r\nb"));
    }

    @ParameterizedTest
    @CsvSource({"'\u001b'", "'\u001b['", "'\u001b]0;unterminated'", "'\u001b[31'"})
    void truncatedSequencesAtTheEndLeaveNothing(String s) {
        assertEquals("ok", Sanitizer.line("ok" + s));
    }

    @Test
    void noEscapeSurvivesAnyInput() {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < 0x200; c++) {
            b.append(c).append('\u001b').append(c);
        }
        String out = Sanitizer.text(b.toString());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            boolean bad = (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            assertEquals(false, bad, "control char " + (int) c + " at " + i);
        }
    }

    @Test
    void cleaningTwiceChangesNothingMore() {
        StringBuilder b = new StringBuilder("a\u001b]0;t\u0007b\u001b[31mc\u009b2Jd\u202ee\u2066\u0001\u007f\u0085\t\r\n→…");
        for (char c = 0; c < 0x200; c++) {
            b.append(c).append('\u001b').append(c);
        }
        String once = Sanitizer.line(b.toString());
        assertEquals(once, Sanitizer.line(once));
        String text = Sanitizer.text(b.toString());
        assertEquals(text, Sanitizer.text(text));
    }
}
