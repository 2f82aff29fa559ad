package dev.dockscope.model.files;

/** One path a layer touched: {@code change} is "added", "modified" or "removed". */
public record PathChange(String path, String change, long sizeBytes) {
}
