package dev.dockscope.model.files;

import java.util.List;

/**
 * A concrete fix. {@code kind}: "merge-delete" (delete in the RUN that created the files), "multi-stage",
 * "copy-chown" (use COPY --chown/--chmod instead of a RUN that rewrites files), "dockerignore".
 */
public record Suggestion(String kind, String message, long bytes, List<Integer> layers) {
}
