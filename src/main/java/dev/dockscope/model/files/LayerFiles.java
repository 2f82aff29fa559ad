package dev.dockscope.model.files;

import java.util.List;

/**
 * What one layer did to the filesystem. Counts are of paths that are not directories (files, symlinks, hard links,
 * devices); a directory counts only when its permissions or owner change ({@code modified}). Bytes are content bytes
 * (hard links and symlinks weigh nothing, so a hard-linked file counts once). A path that existed below and is
 * written again is {@code modified} even with the same content; {@code removed} counts what whiteouts and opaque
 * directories hide from the layers below, with the bytes they hide.
 *
 * @param layer 1-based, bottom-up
 * @param sizeBytes dive's layer size: the sum of the tar entries' sizes
 * @param tarBytes the uncompressed layer tar; {@code storedBytes} what it takes in the archive
 * @param reclaimableBytes bytes stored in this layer that the final filesystem never shows
 */
public record LayerFiles(int layer, String digest, String diffId, String createdBy, String compression,
        long storedBytes, long tarBytes, long sizeBytes, long entries, ChangeCount added, ChangeCount modified,
        ChangeCount removed, List<PathChange> topPaths, DirChange tree, long reclaimableBytes) {
}
