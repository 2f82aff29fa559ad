package dev.dockscope.docker.source;

/**
 * Bounds that keep a hostile archive from costing unbounded time or memory.
 *
 * @param maxExpansion a compressed layer may expand to at most this many times its compressed size ...
 * @param minExpansionBytes ... or to this many bytes, whichever is larger (a decompression-bomb guard)
 * @param maxEntries entries per layer tar (memory grows with entries, about 60 bytes each)
 * @param maxJsonBytes manifests, indexes and configs are read whole, up to this size
 */
public record ScanLimits(long maxExpansion, long minExpansionBytes, long maxEntries, long maxJsonBytes) {
    /** 1100x: more than deflate can reach (about 1032x), so only zstd or a nested bomb trips it; floor 4 GiB. */
    public static final ScanLimits DEFAULT = new ScanLimits(1100, 4L << 30, 4_000_000, 16L << 20);

    /** All the small JSON files of one archive together: a stream keeps them until its manifest is known. */
    long maxJsonTotal() {
        return maxJsonBytes > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : maxJsonBytes * 4;
    }

    /** Descriptors read from image indexes, nested ones included (each index blob is read once). */
    static final int MAX_DESCRIPTORS = 10_000;

    long expansionCap(long compressedBytes) {
        if (compressedBytes < 0) {
            return Long.MAX_VALUE;
        }
        long ratio = compressedBytes > Long.MAX_VALUE / maxExpansion ? Long.MAX_VALUE : compressedBytes * maxExpansion;
        return Math.max(minExpansionBytes, ratio);
    }
}
