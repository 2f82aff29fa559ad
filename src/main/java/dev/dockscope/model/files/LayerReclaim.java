package dev.dockscope.model.files;

/** Reclaimable bytes stored in one layer (1-based), by cause. */
public record LayerReclaim(int layer, long overwrittenBytes, long deletedBytes) {
    public long totalBytes() {
        return overwrittenBytes + deletedBytes;
    }
}
