package dev.dockscope.model.files;

import java.util.List;

/**
 * The true figure: bytes stored in the layers that the final filesystem does not show, because a later layer wrote
 * the path again ({@code overwrittenBytes}) or deleted it ({@code deletedBytes}). Each hidden copy counts once; the
 * kept copy never counts; hard-linked content still reachable through a visible link does not count.
 */
public record Reclaimable(long totalBytes, long overwrittenBytes, long deletedBytes, List<LayerReclaim> perLayer,
        List<WastedPath> topPaths) {
}
