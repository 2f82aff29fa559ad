package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.text.Instants;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps raw daemon JSON to models, and the field readers every mapping in docker/ uses ({@link ContainerRecords},
 * {@link NetworkRecords}, {@link VolumeRecords}, {@link SystemRecords}, {@link ImageRecords}): this class is the one
 * place where strings from the daemon are sanitised on the way in. Package-private: no JSON leaves docker/.
 */
final class DaemonModels {
    private DaemonModels() {
    }

    public static DaemonVersion version(JsonNode v) {
        List<DaemonVersion.Component> components = new ArrayList<>();
        for (JsonNode c : v.path("Components")) {
            String name = text(c, "Name");
            if (name != null && !name.equals("Engine")) {
                components.add(new DaemonVersion.Component(name, text(c, "Version")));
            }
        }
        return new DaemonVersion(text(v.path("Platform"), "Name"), text(v, "Version"), text(v, "ApiVersion"),
                text(v, "MinAPIVersion"), text(v, "Os"), text(v, "Arch"), text(v, "KernelVersion"),
                text(v, "GoVersion"), text(v, "GitCommit"), List.copyOf(components));
    }

    /** A sanitised single-line string field, or null when absent or empty. */
    public static String text(JsonNode node, String field) {
        JsonNode f = node.get(field);
        if (f == null || f.isNull()) {
            return null;
        }
        String s = f.asText();
        return s.isEmpty() ? null : Sanitizer.line(s);
    }

    /**
     * An image's {@code Config} (from {@code GET /images/{name}/json}, or the {@code config} object of an image config
     * in an archive: the keys are the same) as {@link ImageData.RawConfig}.
     */
    public static ImageData.RawConfig rawConfig(JsonNode c) {
        JsonNode hc = c.path("Healthcheck");
        return new ImageData.RawConfig(nullableStrings(c.get("Entrypoint")), nullableStrings(c.get("Cmd")),
                nullableStrings(c.get("Shell")), text(c, "User"), text(c, "WorkingDir"), strings(c.path("Env")),
                keys(c.path("ExposedPorts")), keys(c.path("Volumes")), labels(c.path("Labels")),
                nullableStrings(hc.get("Test")), hc.path("Interval").asLong(), hc.path("Timeout").asLong(),
                hc.path("StartPeriod").asLong(), hc.path("Retries").asInt(), text(c, "StopSignal"));
    }

    /** Every element of a JSON array as a sanitised single-line string (empty for a missing node). */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(Sanitizer.line(n.isNull() ? "" : n.asText()));
        }
        return out;
    }

    /** A sanitised single-line string field, "" when absent or null. */
    public static String str(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() || f.isContainerNode() ? "" : Sanitizer.line(f.asText());
    }

    /** A sanitised multi-line string field (newlines kept, e.g. a health probe's output), "" when absent. */
    static String multiline(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? "" : Sanitizer.text(f.asText());
    }

    /** A sanitised single-line string. */
    static String line(String s) {
        return Sanitizer.line(s);
    }

    /** A number field, {@code fallback} when absent or null. */
    static long num(JsonNode node, String field, long fallback) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() || !f.isValueNode() ? fallback : f.asLong(fallback);
    }

    /** A boolean field, null when absent or null (e.g. {@code HostConfig.Init}). */
    static Boolean bool(JsonNode node, String field) {
        JsonNode f = node.get(field);
        return f == null || f.isNull() ? null : f.asBoolean();
    }

    /** An object of strings (labels, options) with sanitised keys and values, in the daemon's order. */
    static Map<String, String> stringMap(JsonNode object) {
        return object == null ? Map.of() : Collections.unmodifiableMap(labels(object));
    }

    /** The object's field names, sanitised, in order. */
    static List<String> fieldNames(JsonNode object) {
        return object == null ? List.of() : List.copyOf(keys(object));
    }

    static List<String> nullableStrings(JsonNode array) {
        return array == null || array.isNull() ? null : strings(array);
    }

    private static List<String> keys(JsonNode object) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            out.add(Sanitizer.line(it.next()));
        }
        return out;
    }

    private static Map<String, String> labels(JsonNode object) {
        Map<String, String> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> out.put(Sanitizer.line(e.getKey()), Sanitizer.line(e.getValue().isNull() ? "" : e.getValue().asText())));
        return out;
    }

    /** An RFC 3339 timestamp as ISO-8601 UTC; kept (sanitised) when it does not parse; null when absent. */
    public static String iso(String created) {
        if (created == null || created.isEmpty()) {
            return null;
        }
        try {
            return Instants.format(Instants.parse(created));
        } catch (RuntimeException e) {
            return Sanitizer.line(created);
        }
    }
}
