package dev.dockscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockscope.model.Redaction;
import dev.dockscope.model.text.Sanitizer;

/**
 * The sanitiser on any string: the result never holds C0/C1 controls, DEL or bidi overrides (newlines only where
 * text keeps them), and sanitising twice changes nothing. Redaction on top keeps both properties.
 * Seeds in {@code SanitizerFuzzTestInputs/sanitize/}.
 */
class SanitizerFuzzTest {
    @FuzzTest(maxDuration = "10m")
    void sanitize(byte[] input) {
        // odd-length inputs as UTF-8, even ones as UTF-16: every char value, lone surrogates included, is reachable
        String s = input.length % 2 == 1 ? new String(input, java.nio.charset.StandardCharsets.UTF_8)
                : new String(input, java.nio.charset.StandardCharsets.UTF_16BE);
        String line = Sanitizer.line(s);
        Invariants.printable(line);
        if (!Sanitizer.line(line).equals(line)) {
            throw new AssertionError("line() is not idempotent");
        }
        String text = Sanitizer.text(s);
        Invariants.printable(text, true);
        if (!Sanitizer.text(text).equals(text)) {
            throw new AssertionError("text() is not idempotent");
        }
        String redacted = Redaction.line(line);
        Invariants.printable(redacted);
        if (!Redaction.line(redacted).equals(redacted)) {
            throw new AssertionError("redaction is not idempotent: " + redacted);
        }
    }
}
