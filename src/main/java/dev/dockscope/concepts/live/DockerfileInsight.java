package dev.dockscope.concepts.live;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Dockerfile card says about {@code ./Dockerfile}. {@link LiveFinders#all()} uses the linter's
 * ({@code lint.LintInsight}); tests may hand {@link LiveFinders#all(DockerfileInsight)} another.
 */
@FunctionalInterface
public interface DockerfileInsight {
    /** Facts about the file (label, value pairs, level 0 or 1), plus notes; never null. */
    Summary describe(Path dockerfile, String text);

    record Summary(List<LiveExample.Fact> facts, List<String> notes) {
    }
}
