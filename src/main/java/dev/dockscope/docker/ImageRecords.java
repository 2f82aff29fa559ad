package dev.dockscope.docker;

import static dev.dockscope.docker.DaemonModels.num;
import static dev.dockscope.docker.DaemonModels.str;
import static dev.dockscope.docker.DaemonModels.stringMap;
import static dev.dockscope.docker.DaemonModels.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.image.ImageConfig;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.image.ImageSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Maps {@code GET /images/json}, {@code GET /images/{name}/json} and {@code GET /images/{name}/history}. */
public final class ImageRecords {
    private ImageRecords() {
    }

    public static List<ImageSummary> summaries(JsonNode array) {
        List<ImageSummary> out = new ArrayList<>();
        for (JsonNode m : array) {
            long created = num(m, "Created", 0);
            out.add(new ImageSummary(str(m, "Id"), str(m, "ParentId"), tags(m.path("RepoTags")),
                    tags(m.path("RepoDigests")), created > 0 ? Instant.ofEpochSecond(created).toString() : "",
                    num(m, "Size", 0), num(m, "SharedSize", -1), num(m, "Containers", -1), stringMap(m.get("Labels"))));
        }
        return List.copyOf(out);
    }

    /** Tags or digests without the {@code <none>:<none>} / {@code <none>@<none>} placeholders. */
    static List<String> tags(JsonNode array) {
        return strings(array).stream().filter(t -> !t.startsWith("<none>")).toList();
    }

    public static ImageDetails details(JsonNode i) {
        return new ImageDetails(str(i, "Id"), str(i, "Parent"), strings(i.path("RepoTags")),
                strings(i.path("RepoDigests")), DaemonModels.iso(i.path("Created").asText(null)), str(i, "Author"),
                DaemonModels.text(i, "Os"), DaemonModels.text(i, "Architecture"), DaemonModels.text(i, "Variant"),
                num(i, "Size", 0), strings(i.path("RootFS").path("Layers")), DaemonModels.rawConfig(i.path("Config")),
                platforms(i));
    }

    /** An image config file from an archive ({@code rootfs}, {@code history}, {@code config}: lower-case keys). */
    public static ImageConfig config(JsonNode c) {
        List<ImageConfig.History> history = new ArrayList<>();
        for (JsonNode h : c.path("history")) {
            history.add(new ImageConfig.History(DaemonModels.iso(h.path("created").asText(null)),
                    DaemonModels.multiline(h, "created_by"), str(h, "comment"), h.path("empty_layer").asBoolean(false)));
        }
        return new ImageConfig(DaemonModels.iso(c.path("created").asText(null)), DaemonModels.text(c, "os"),
                DaemonModels.text(c, "architecture"), DaemonModels.text(c, "variant"),
                strings(c.path("rootfs").path("diff_ids")), List.copyOf(history), DaemonModels.rawConfig(c.path("config")));
    }

    /** The platforms of an index (containerd image store, {@code ?manifests=true}); empty otherwise. */
    static List<String> platforms(JsonNode inspect) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : inspect.path("Manifests")) {
            JsonNode p = m.path("Descriptor").path("platform");
            if (p.isMissingNode() || p.path("os").asText().equals("unknown")) {
                continue;
            }
            String v = p.path("variant").asText("");
            out.add(DaemonModels.line(p.path("os").asText() + "/" + p.path("architecture").asText()
                    + (v.isEmpty() ? "" : "/" + v)));
        }
        return List.copyOf(out);
    }

    /** The history in build order (oldest first; the daemon lists newest first). {@code emptyLayer} is unknown here. */
    public static List<ImageData.HistoryEntry> history(JsonNode history) {
        List<ImageData.HistoryEntry> out = new ArrayList<>();
        for (JsonNode h : history) {
            long created = num(h, "Created", 0);
            out.add(new ImageData.HistoryEntry(created > 0 ? Instant.ofEpochSecond(created).toString() : null,
                    str(h, "CreatedBy"), Math.max(0, num(h, "Size", 0)), str(h, "Comment"), strings(h.path("Tags")),
                    null));
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }
}
