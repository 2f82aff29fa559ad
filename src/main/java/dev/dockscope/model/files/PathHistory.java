package dev.dockscope.model.files;

import java.util.List;

/** Answer to {@code --path GLOB}: every matching path's trail; {@code truncated} when more matched than shown. */
public record PathHistory(String pattern, List<PathTrail> paths, int matched, boolean truncated) {
}
