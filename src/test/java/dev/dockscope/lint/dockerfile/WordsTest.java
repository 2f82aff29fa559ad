package dev.dockscope.lint.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Words} cuts unquoted words straight out of the input and builds only words that have quotes; its answer is
 * the one of the character-by-character reading below (every word built), on words with quotes at the start, in
 * the middle and at the end, escaped double quotes, unclosed quotes and every kind of blank.
 */
class WordsTest {
    /** Each word built character by character: the reading {@link Words} must agree with. */
    private static List<Words.Word> reference(String s) {
        List<Words.Word> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            StringBuilder b = new StringBuilder();
            char quote = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else if (c == '\\' && quote == '"' && i + 1 < n && s.charAt(i + 1) == '"') {
                        b.append('"');
                        i++;
                    } else {
                        b.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (Character.isWhitespace(c)) {
                    break;
                } else {
                    b.append(c);
                }
                i++;
            }
            out.add(new Words.Word(b.toString(), start, i));
        }
        return out;
    }

    @Test
    void namedCases() {
        assertEquals(List.of("a", "b c", "d"), Words.split("a \"b c\" d"));
        assertEquals(List.of("xb cy", "z"), Words.split("x\"b c\"y z"));
        assertEquals(List.of("it's"), Words.split("it\"'\"s"));
        assertEquals(List.of("a\"b"), Words.split("\"a\\\"b\""));
        assertEquals(List.of("open rest"), Words.split("'open rest"));
        assertEquals(List.of(new Words.Word("$A", 1, 3), new Words.Word("b", 4, 5)), Words.positioned(" $A\tb  "));
        assertEquals(List.of(), Words.split(" \t "));
    }

    @Test
    void theSameWordsAsReadingEveryCharacter() {
        String[] parts = {"a", "bc", "$A", "=", "\"", "'", "\\", "\\\"", " ", "  ", "\t", "\n", "\u2003", "x=\"1 2\"",
            "--flag", "é", ";"};
        Random rnd = new Random(17);
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            int k = rnd.nextInt(12);
            for (int j = 0; j < k; j++) {
                b.append(parts[rnd.nextInt(parts.length)]);
            }
            String s = b.toString();
            assertEquals(reference(s), Words.positioned(s), s);
        }
    }
}
