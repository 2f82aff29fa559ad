package dev.dockscope.lint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.Config;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Linter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule's spec: subclasses give {@code static Stream<String> catches()} and {@code static Stream<String> passes()}
 * (short Dockerfile snippets; a snippet without FROM gets {@code FROM alpine:3.20} prepended).
 */
abstract class RuleSpec {
    private final Rule rule;

    RuleSpec(Rule rule) {
        this.rule = rule;
    }

    /** Findings of this rule only, for a snippet, with no build context folder (unless the subclass gives one). */
    List<Finding> lint(String snippet) {
        return lint(snippet, null, dev.dockscope.lint.Config.EMPTY);
    }

    List<Finding> lint(String snippet, Path dir, Config config) {
        String text = snippet.isBlank() || snippet.startsWith("#")
                || snippet.toUpperCase(java.util.Locale.ROOT).contains("FROM ") ? snippet
                : "FROM alpine:3.20\n" + snippet;
        var df = DockerfileParser.parse("Dockerfile", text);
        Path file = dir == null ? null : dir.resolve("Dockerfile");
        return new Linter(List.of(rule)).lint(new LintContext(df, file, dir, config), List.of());
    }

    @ParameterizedTest
    @MethodSource("catches")
    void catches(String snippet) {
        List<Finding> f = lint(snippet);
        assertFalse(f.isEmpty(), rule.meta().id() + " should catch:\n" + snippet);
        for (Finding x : f) {
            assertEquals(rule.meta().id(), x.rule());
            assertTrue(x.line() >= 1 && x.column() >= 1, "position " + x.line() + ":" + x.column());
            assertFalse(x.message().isBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("passes")
    void doesNotCatch(String snippet) {
        List<Finding> f = lint(snippet);
        assertTrue(f.isEmpty(), rule.meta().id() + " should not catch:\n" + snippet + "\nbut found " + f);
    }

    @Test
    void metadataIsComplete() {
        var m = rule.meta();
        assertTrue(m.id().matches("DS\\d{3}"), m.id());
        assertTrue(rule.getClass().getSimpleName().startsWith(m.id()), "class name starts with the id");
        for (String s : List.of(m.title(), m.rationale(), m.fix())) {
            assertFalse(s == null || s.isBlank());
        }
    }
}
