package dev.dockscope.model.files;

/**
 * Something a layer did to a path. {@code action}: "added", "modified" (new content or type), "metadata"
 * (permissions or owner only), "removed" (whiteout or opaque directory).
 */
public record PathEvent(int layer, String action, long sizeBytes, String createdBy) {
}
