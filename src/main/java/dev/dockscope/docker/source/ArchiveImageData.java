package dev.dockscope.docker.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.render.text.Sanitizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An image read from an archive, as {@link ImageData}: the same explanation as from the daemon, but built from the
 * image config (whose history knows which steps made no layer) and the layer tars (whose entries give the sizes).
 */
public final class ArchiveImageData {
    private ArchiveImageData() {
    }

    public static ImageData from(ImageContents c, String ref) {
        JsonNode config = c.config();
        List<String> diffIds = new ArrayList<>();
        for (JsonNode d : config.path("rootfs").path("diff_ids")) {
            diffIds.add(Sanitizer.line(d.asText()));
        }
        List<ImageData.HistoryEntry> history = new ArrayList<>();
        int layer = 0;
        long total = 0;
        for (JsonNode h : config.path("history")) {
            boolean empty = h.path("empty_layer").asBoolean(false);
            long size = 0;
            if (!empty && layer < c.layers().size()) {
                size = c.layers().get(layer).table().entryBytes();
                layer++;
            }
            total += size;
            history.add(new ImageData.HistoryEntry(iso(h.path("created").asText(null)),
                    Sanitizer.line(h.path("created_by").asText("")), size, Sanitizer.line(h.path("comment").asText("")),
                    List.of(), empty));
        }
        // layers the history does not account for (squashed or hand-made archives) still count toward the size
        for (int i = layer; i < c.layers().size(); i++) {
            total += c.layers().get(i).table().entryBytes();
        }
        String[] platform = c.platform() == null ? new String[0] : c.platform().split("/");
        List<String> tags = c.repoTags().stream().map(Sanitizer::line).toList();
        return new ImageData(Sanitizer.line(ref != null ? ref : tags.isEmpty() ? c.source() : tags.get(0)),
                c.configId() != null ? c.configId() : "(unknown)", tags, List.of(),
                iso(config.path("created").asText(null)), text(config, "os"), text(config, "architecture"),
                text(config, "variant"), total, diffIds, rawConfig(config.path("config")), history, List.of(),
                platform.length > 0 ? List.of(Sanitizer.line(c.platform())) : List.of(), Sanitizer.line(c.source()));
    }

    private static ImageData.RawConfig rawConfig(JsonNode c) {
        JsonNode hc = c.path("Healthcheck");
        return new ImageData.RawConfig(list(c.get("Entrypoint")), list(c.get("Cmd")), list(c.get("Shell")),
                text(c, "User"), text(c, "WorkingDir"), orEmpty(list(c.get("Env"))), keys(c.path("ExposedPorts")),
                keys(c.path("Volumes")), labels(c.path("Labels")), list(hc.get("Test")), hc.path("Interval").asLong(),
                hc.path("Timeout").asLong(), hc.path("StartPeriod").asLong(), hc.path("Retries").asInt(),
                text(c, "StopSignal"));
    }

    private static String text(JsonNode n, String field) {
        String s = n.path(field).asText("");
        return s.isEmpty() ? null : Sanitizer.line(s);
    }

    private static List<String> list(JsonNode a) {
        if (a == null || a.isNull() || !a.isArray()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        a.forEach(n -> out.add(Sanitizer.line(n.asText())));
        return out;
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static List<String> keys(JsonNode o) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
            out.add(Sanitizer.line(it.next()));
        }
        return out;
    }

    private static Map<String, String> labels(JsonNode o) {
        Map<String, String> out = new LinkedHashMap<>();
        o.fields().forEachRemaining(e -> out.put(Sanitizer.line(e.getKey()), Sanitizer.line(e.getValue().asText())));
        return out;
    }

    private static String iso(String s) {
        if (s == null || s.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(s).toString();
        } catch (RuntimeException e) {
            return Sanitizer.line(s);
        }
    }
}
