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
        for (int i = layer; i < c.layers().size(); i++) {
            total += c.layers().get(i).table().dockerBytes();
        }
        String[] platform = c.platform() == null ? new String[0] : c.platform().split("/");
        List<String> tags = c.repoTags().stream().map(Sanitizer::line).toList();
        return new ImageData(Sanitizer.line(ref != null ? ref : tags.isEmpty() ? c.source() : tags.get(0)),
                c.configId() != null ? c.configId() : "(unknown)", tags, List.of(), config.created(), config.os(),
                config.architecture(), config.variant(), total, new ArrayList<>(config.diffIds()), config.config(),
                history, List.of(), platform.length > 0 ? List.of(Sanitizer.line(c.platform())) : List.of(),
                Sanitizer.line(c.source()));
    }
}
