package dev.dockscope.model.files;

import java.util.List;

/**
 * A directory in a layer's compact change tree (depth-limited): the bytes its files gained, rewrote and lost in this
 * layer, the number of changed paths below it, its largest changed subdirectories, and how many smaller ones were
 * left out ({@code more}).
 */
public record DirChange(String path, long addedBytes, long modifiedBytes, long removedBytes, long files,
        List<DirChange> children, int more) {
    public long totalBytes() {
        return addedBytes + modifiedBytes + removedBytes;
    }
}
