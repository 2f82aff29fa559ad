package dev.dockscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.dockscope.DockscopeException;
import dev.dockscope.lint.Config;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Linter;
import dev.dockscope.lint.Rules;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Dockerfile parser and every lint rule on any text: findings or a {@link DockscopeException}, never another
 * exception, and a bounded time per input. Seeds in {@code DockerfileLintFuzzTestInputs/lint/} are replayed by
 * {@code mvn verify}; {@code scripts/fuzz lint MINUTES} fuzzes.
 */
class DockerfileLintFuzzTest {
    private static final Linter LINTER = new Linter(Rules.all());
    /** Far above what any input of the fuzzer's size needs (milliseconds); catches super-linear blow-ups. */
    private static final long MAX_NANOS = 20_000_000_000L;

    @FuzzTest(maxDuration = "10m")
    void lint(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            Dockerfile df = DockerfileParser.parse("Dockerfile", text);
            var findings = LINTER.lint(new LintContext(df, null, null, Config.EMPTY), List.of());
            if (findings.size() > Linter.MAX_FINDINGS_PER_FILE) {
                throw new AssertionError(findings.size() + " findings, more than the cap");
            }
            for (var f : findings) {
                Invariants.printable(f.message());
                Invariants.printable(f.sourceLine());
            }
        } catch (DockscopeException expected) {
            // a clear refusal is a valid answer
        }
        long took = System.nanoTime() - start;
        if (took > MAX_NANOS) {
            throw new AssertionError("linting " + input.length + " bytes took " + took / 1_000_000 + " ms");
        }
    }
}
