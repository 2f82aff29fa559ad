package dev.dockscope.model.image;

import java.util.List;

/**
 * {@code GET /images/{name}/json}, sanitised: {@code repoTags} as the daemon lists them, {@code created} ISO-8601 UTC,
 * {@code size} bytes, {@code diffIds} the layer chain ({@code RootFS.Layers}), {@code platforms} the index's platforms
 * with the containerd image store (empty otherwise). {@link ImageData} adds history and the other local images.
 */
public record ImageDetails(String id, String parent, List<String> repoTags, List<String> repoDigests, String created,
                           String author, String os, String architecture, String variant, long size,
                           List<String> diffIds, ImageData.RawConfig config, List<String> platforms) {
}
