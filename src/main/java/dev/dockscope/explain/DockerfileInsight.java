package dev.dockscope.explain;

import dev.dockscope.concepts.LiveExample;
import java.nio.file.Path;
import java.util.List;

/**
 * What the Dockerfile card says about {@code ./Dockerfile}. The composition root gives {@code LiveFinders.all} the linter's
 * view ({@link LintInsight}); tests may hand {@link LiveFinders#all(DockerfileInsight)} another.
 */
@FunctionalInterface
public interface DockerfileInsight {
    /** Facts about the file (label, value pairs, level 0 or 1), plus notes; never null. */
    Summary describe(Path dockerfile, String text);

    record Summary(List<LiveExample.Fact> facts, List<String> notes) {
    }
}
