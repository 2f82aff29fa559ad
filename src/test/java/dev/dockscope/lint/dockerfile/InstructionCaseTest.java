package dev.dockscope.lint.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Instruction#upperCase()} and {@link Instruction#lowerCase()} answer as the case-mapped copies did. */
class InstructionCaseTest {
    private static final String CHARS = "aAzZmM09_-.\u00df\u0131\u0130\u017f\ufb00\u00e9\u00c9\u03c3\u03a3i";

    @Test
    void generatedKeywordsAnswerAsTheirCaseMappedCopies() {
        Random random = new Random(24);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                // mostly ASCII letters, now and then a character whose case mapping is special
                b.append(random.nextInt(6) == 0 ? CHARS.charAt(random.nextInt(CHARS.length()))
                        : (char) ((random.nextBoolean() ? 'a' : 'A') + random.nextInt(26)));
            }
            String s = b.toString();
            assertEquals(s.equals(s.toUpperCase(Locale.ROOT)), Instruction.sameCase(s, true), s);
            assertEquals(s.equals(s.toLowerCase(Locale.ROOT)), Instruction.sameCase(s, false), s);
        }
    }

    @Test
    void parsedInstructionsTellTheirCase() {
        Dockerfile df = DockerfileParser.parse("d", "FROM a\nrun x\nCopy . .\n");
        assertEquals(true, df.instructions().get(0).upperCase());
        assertEquals(false, df.instructions().get(0).lowerCase());
        assertEquals(true, df.instructions().get(1).lowerCase());
        assertEquals(false, df.instructions().get(2).upperCase());
        assertEquals(false, df.instructions().get(2).lowerCase());
    }
}
