package dev.dockscope.analysis.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {
    static final Map<String, String> ENV = Map.of("SET", "v", "EMPTY", "", "PORT", "8080");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "$SET|v", "${SET}|v", "${UNSET:-d}|d", "${EMPTY:-d}|d", "${EMPTY-d}|''", "${UNSET-d}|d",
        "${SET:-d}|v", "${SET:+alt}|alt", "${UNSET:+alt}|''", "${EMPTY+alt}|alt", "$$SET|$SET",
        "a$${SET}b|a${SET}b", "${UNSET:-${PORT}}|8080", "${UNSET:-http://x:${PORT:-1}/api}|http://x:8080/api",
        "price $5|price $5", "${SET}${SET}|vv", "x-$SET-y|x-v-y",
    })
    void expands(String in, String out) {
        Interpolation.Result r = Interpolation.apply(in, ENV::get);
        assertNull(r.error(), r.error());
        assertEquals(out, r.text());
    }

    /** Found by ComposeFuzzTest: {@code ${VAR:}} (a colon and no operator) was a StringIndexOutOfBoundsException. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"${SET:}", "${UNSET:}", "a ${EMPTY:} b", "${SET:x}", "${}", "${SET"})
    void malformedBracesAreAnInterpolationError(String in) {
        Interpolation.Result r = Interpolation.apply(in, ENV::get);
        assertTrue(r.error() != null && r.error().startsWith("invalid interpolation format"), in + ": " + r);
        assertEquals(in, r.text());
    }

    /**
     * Found by ComposeFuzzTest: the error quoted a multi-line value whole, so a finding's message held newlines (and
     * could be as long as the file). It is one line, cut.
     */
    @Test
    void errorsQuoteTheValueOnOneLineAndCut() {
        String value = "${T\n" + "k: [*x, *x]\n".repeat(200) + "\u001b[31m";
        for (String in : java.util.List.of(value, "${UNSET:?line one\nline two}", "${" + "x\n".repeat(500) + "}")) {
            Interpolation.Result r = Interpolation.apply(in, ENV::get);
            assertTrue(r.error() != null, in);
            assertTrue(r.error().length() <= 400, r.error().length() + " chars");
            assertTrue(r.error().chars().noneMatch(c -> c < 0x20 || c == 0x7f), r.error());
        }
    }

    @Test
    void unsetWithoutDefaultIsEmptyAndReported() {
        Interpolation.Result r = Interpolation.apply("a:${TAG}-$OTHER", ENV::get);
        assertEquals("a:-", r.text());
        assertEquals(List.of("TAG", "OTHER"), r.unset());
    }

    @Test
    void requiredVariablesFailWithTheirMessage() {
        assertTrue(Interpolation.apply("${TAG:?set TAG}", ENV::get).error().contains("TAG is missing a value: set TAG"));
        assertTrue(Interpolation.apply("${EMPTY:?}", ENV::get).error().contains("EMPTY"));
        assertNull(Interpolation.apply("${EMPTY?}", ENV::get).error(), "set but empty passes ?");
        assertTrue(Interpolation.apply("${SET", ENV::get).error().contains("no closing"));
        assertTrue(Interpolation.apply("${1X}", ENV::get).error().contains("invalid"));
    }

    @Test
    void dotenvQuotesExportCommentsAndReferences() {
        Map<String, String> m = Interpolation.dotenv(String.join("\n", "# comment", "A=1", "export B=\"two words\"",
                "C='${A} literal'", "D=${A}x # trailing", "E=\"line\\nbreak\"", "", "bad line"), k -> null);
        assertEquals(Map.of("A", "1", "B", "two words", "C", "${A} literal", "D", "1x", "E", "line\nbreak"), m);
    }
}
