package dev.dockscope.model.files;

import dev.dockscope.model.image.ImageConfig;
import java.util.List;

/**
 * An image read from a {@code docker save} stream or an OCI layout: its layers bottom-up with their file tables, the
 * config (history, diff ids) and where it came from. What the file analyses work on.
 *
 * @param format "docker-save" (legacy manifest.json layout) or "oci" (index.json / blobs)
 * @param platform "os/arch[/variant]" from the config, or null
 * @param config the image config, sanitised
 * @param configId the config's digest ({@code sha256:…}): the image id, as {@code docker images} shows it
 * @param sourceKind which source read it: "archive", "export" (the daemon's export stream) or "store" (the
 *                   daemon's layer store)
 * @param sourceNote why the layer store was not used when it was tried first, else null
 */
public record ImageContents(String source, String format, List<String> repoTags, String platform,
        ImageConfig config, List<Layer> layers, PathTable paths, long bytesRead, String configId, String sourceKind,
        String sourceNote) {

    public ImageContents(String source, String format, List<String> repoTags, String platform, ImageConfig config,
            List<Layer> layers, PathTable paths, long bytesRead, String configId) {
        this(source, format, repoTags, platform, config, layers, paths, bytesRead, configId, "archive", null);
    }

    public ImageContents withBytesRead(long bytes) {
        return new ImageContents(source, format, repoTags, platform, config, layers, paths, bytes, configId,
                sourceKind, sourceNote);
    }

    public ImageContents withSource(String kind, String note) {
        return new ImageContents(source, format, repoTags, platform, config, layers, paths, bytesRead, configId,
                kind, note);
    }

    /**
     * @param digest the blob digest (OCI) or null; {@code diffId} from the config's rootfs, or null
     * @param name the entry the layer came from ("blobs/sha256/…", "abc…/layer.tar")
     */
    public record Layer(String name, String digest, String diffId, LayerTable table) {
    }
}
