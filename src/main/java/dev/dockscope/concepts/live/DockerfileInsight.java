package dev.dockscope.concepts.live;

import java.nio.file.Path;
import java.util.List;

/**
 * What the Dockerfile card says about {@code ./Dockerfile}. The default counts instructions and stages; the owner
 * can hand {@link LiveFinders#all(DockerfileInsight)} one backed by the linter (cache-order view, findings).
 */
@FunctionalInterface
public interface DockerfileInsight {
    /** Facts about the file (label, value pairs, level 0 or 1), plus notes; never null. */
    Summary describe(Path dockerfile, String text);

    record Summary(List<LiveExample.Fact> facts, List<String> notes) {
    }
}
