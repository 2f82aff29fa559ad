package dev.dockscope.docker.source;

import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.image.ImageConfig;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * An image read from an archive, as {@link ImageData}: the same explanation as from the daemon, but built from the
 * image config (whose history knows which steps made no layer) and the layer tars (whose entries give the sizes).
 */
public final class ArchiveImageData {
    private ArchiveImageData() {
    }

    public static ImageData from(ImageContents c, String ref) {
        ImageConfig config = c.config();
        List<ImageData.HistoryEntry> history = new ArrayList<>();
        int layer = 0;
        long total = 0;
        for (ImageConfig.History h : config.history()) {
            boolean empty = h.emptyLayer();
            long size = 0;
            if (!empty && layer < c.layers().size()) {
                size = c.layers().get(layer).table().dockerBytes();
                layer++;
            }
            total += size;
            history.add(new ImageData.HistoryEntry(h.created(), Sanitizer.line(h.createdBy()), size, h.comment(),
                    List.of(), empty));
        }
        // layers the history does not account for (squashed or hand-made archives) still count toward the size
        // and are listed, so the layer count is the manifest's whatever the config says
        for (int i = layer; i < c.layers().size(); i++) {
            long size = c.layers().get(i).table().dockerBytes();
            total += size;
            history.add(new ImageData.HistoryEntry(config.created(), "(not in the image config's history)", size, "",
                    List.of(), false));
        }
        // the diff ids of the layers read: the config's where it lists one, else the digest the bytes hashed to
        List<String> diffIds = new ArrayList<>();
        for (ImageContents.Layer l : c.layers()) {
            String read = l.table().uncompressedDigest();
            diffIds.add(l.diffId() != null ? l.diffId() : read != null ? read : "sha256:" + "0".repeat(64));
        }
        String[] platform = c.platform() == null ? new String[0] : c.platform().split("/");
        List<String> tags = c.repoTags().stream().map(Sanitizer::line).toList();
        return new ImageData(Sanitizer.line(ref != null ? ref : tags.isEmpty() ? c.source() : tags.get(0)),
                c.configId() != null ? c.configId() : "(unknown)", tags, List.of(), config.created(), config.os(),
                config.architecture(), config.variant(), total, diffIds, config.config(),
                history, List.of(), platform.length > 0 ? List.of(Sanitizer.line(c.platform())) : List.of(),
                Sanitizer.line(c.source()));
    }
}
