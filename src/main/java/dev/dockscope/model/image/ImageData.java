package dev.dockscope.model.image;

import java.util.List;
import java.util.Map;

/**
 * What the daemon says about one image, sanitised, before any analysis: inspect, history (in build order, oldest
 * first) and the other local images' layer chains (for sharing and base detection). {@code archive} names the
 * archive it was read from, or is null when it came from the daemon.
 */
public record ImageData(String ref, String id, List<String> repoTags, List<String> repoDigests, String created,
                        String os, String architecture, String variant, long size, List<String> diffIds,
                        RawConfig config, List<HistoryEntry> history, List<LocalImage> others,
                        List<String> platforms, String archive) {

    /** The same image, said to come from {@code label}. */
    public ImageData fromArchive(String label) {
        return new ImageData(ref, id, repoTags, repoDigests, created, os, architecture, variant, size, diffIds, config,
                history, others, platforms, label);
    }

    /**
     * One {@code docker history} row. {@code created} is ISO-8601 UTC; {@code size} in bytes; {@code emptyLayer} is
     * the image config's flag when known (archives), null when not (the history API does not say).
     */
    public record HistoryEntry(String created, String createdBy, long size, String comment, List<String> tags,
                               Boolean emptyLayer) {
    }

    /** Another local image: its name (first tag, else short id), layer chain and history length (-1 unknown). */
    public record LocalImage(String id, String name, List<String> diffIds, int historyLength) {
    }

    /** The image's run-time defaults as the daemon stores them (durations in nanoseconds). */
    public record RawConfig(List<String> entrypoint, List<String> cmd, List<String> shell, String user,
                            String workingDir, List<String> env, List<String> exposedPorts, List<String> volumes,
                            Map<String, String> labels, List<String> healthTest, long healthInterval,
                            long healthTimeout, long healthStartPeriod, int healthRetries, String stopSignal) {
    }
}
