package dev.dockscope.model.volume;

import java.util.Map;

/**
 * {@code GET /volumes/{name}} (and each entry of {@code GET /volumes}). {@code createdAt} ISO-8601 as written by the
 * daemon; {@code scope} local or global; {@code usage} null unless the daemon measured it ({@code /system/df} does).
 */
public record VolumeDetails(String name, String driver, String mountpoint, String createdAt, String scope,
                            Map<String, String> labels, Map<String, String> options, Usage usage) {

    /** Volumes that {@code docker run -v /path} creates get a 64-hex-digit name. */
    public boolean anonymous() {
        return name.matches("[0-9a-f]{64}");
    }

    /** {@code UsageData}: bytes ({@code -1} when not measured) and how many containers refer to it (-1 unknown). */
    public record Usage(long size, long refCount) {
    }
}
