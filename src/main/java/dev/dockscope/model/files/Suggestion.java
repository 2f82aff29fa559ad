package dev.dockscope.model.files;

import java.util.List;

/**
 * A concrete fix, as facts (the words are made where it is rendered). {@code kind}: "merge-delete" (delete in the
 * RUN that created the files), "multi-stage", "copy-chown" (use COPY --chown/--chmod instead of a RUN that rewrites
 * files), "dockerignore". {@code cause}: what the later layer did to the bytes, "deleted" or "overwritten" (as
 * {@link WastedPath#cause()}), null for "dockerignore". {@code layers} are 1-based: the layer that stored the bytes
 * and the one that hid them, or the one COPY layer for "dockerignore". {@code names}: for "dockerignore", the file
 * or folder names the COPY brought in (up to four), else empty.
 */
public record Suggestion(String kind, String cause, long bytes, List<Integer> layers, List<String> names) {
    public static final String DELETED = "deleted";
    public static final String OVERWRITTEN = "overwritten";
}
