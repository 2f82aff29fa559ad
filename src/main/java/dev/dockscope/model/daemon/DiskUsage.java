package dev.dockscope.model.daemon;

import dev.dockscope.model.volume.VolumeDetails;
import java.util.List;

/**
 * {@code GET /system/df}: {@code layersSize} the bytes all image layers take (shared layers counted once). Sizes in
 * bytes; -1 where the daemon did not compute one.
 */
public record DiskUsage(long layersSize, List<Image> images, List<Container> containers, List<VolumeDetails> volumes,
                        List<BuildCache> buildCache) {

    /**
     * An image: {@code size} with its shared layers, {@code sharedSize} the part other images share (-1 not computed),
     * and how many containers use it (-1 when the daemon did not count, 0 when it does not say).
     */
    public record Image(String id, List<String> repoTags, String created, long size, long sharedSize, long containers) {
    }

    /** A container's writable layer ({@code sizeRw}) and everything it sees ({@code sizeRootFs}). */
    public record Container(String id, List<String> names, String image, String state, long sizeRw, long sizeRootFs) {
    }

    /** A build cache record: {@code type} regular, source.local, exec.cachemount, frontend, internal… */
    public record BuildCache(String id, String type, String description, long size, boolean inUse, boolean shared,
                             String lastUsedAt, long usageCount) {
    }
}
