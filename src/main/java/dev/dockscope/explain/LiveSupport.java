package dev.dockscope.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.analysis.Bytes;
import dev.dockscope.analysis.Durations;
import dev.dockscope.analysis.HistoryInstruction;
import dev.dockscope.analysis.RunDefaults;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small helpers shared by the live examples: sanitised fields, names, sizes, secret redaction, history cleanup. */
final class LiveSupport {

    private LiveSupport() {
    }

    /** A sanitised one-line string at {@code path} (field names), or "" when absent. */
    static String str(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        return n.isMissingNode() || n.isNull() ? "" : Sanitizer.line(n.asText());
    }

    static long num(JsonNode node, String... path) {
        return at(node, path).asLong(0);
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    /** Sanitised strings of a JSON array (or a single string), "" entries kept out. */
    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array == null || array.isNull() || array.isMissingNode()) {
            return out;
        }
        if (array.isArray()) {
            for (JsonNode n : array) {
                if (!n.isNull()) {
                    out.add(Sanitizer.line(n.asText()));
                }
            }
        } else {
            out.add(Sanitizer.line(array.asText()));
        }
        return out;
    }

    /** A container's name without the leading slash (list entries have Names, inspect answers have Name). */
    static String containerName(JsonNode c) {
        String name = c.has("Names") && c.get("Names").size() > 0 ? c.get("Names").get(0).asText() : c.path("Name").asText("");
        name = name.startsWith("/") ? name.substring(1) : name;
        return name.isEmpty() ? shortId(c.path("Id").asText("")) : Sanitizer.line(name);
    }

    /** The first 12 hex digits of an id, without {@code sha256:}. */
    static String shortId(String id) {
        String s = id == null ? "" : id.startsWith("sha256:") ? id.substring(7) : id;
        return Sanitizer.line(s.length() > 12 ? s.substring(0, 12) : s);
    }

    /** The first tag of an image list entry, or its short id. */
    static String imageName(JsonNode image) {
        for (String tag : strings(image.path("RepoTags"))) {
            if (!tag.equals("<none>:<none>")) {
                return tag;
            }
        }
        return shortId(image.path("Id").asText(""));
    }

    /** Images, newest first (ties by id, so the choice is stable). */
    static List<JsonNode> imagesNewestFirst(LiveContext ctx) {
        List<JsonNode> list = new ArrayList<>();
        ctx.images().forEach(list::add);
        list.sort(Comparator.comparingLong((JsonNode i) -> -i.path("Created").asLong(0))
                .thenComparing(i -> i.path("Id").asText("")));
        return list;
    }

    /** Running containers, most recently created first. */
    static List<JsonNode> runningNewestFirst(LiveContext ctx) {
        List<JsonNode> list = new ArrayList<>();
        ctx.containers(false).forEach(c -> {
            if ("running".equals(c.path("State").asText())) {
                list.add(c);
            }
        });
        list.sort(Comparator.comparingLong((JsonNode c) -> -c.path("Created").asLong(0))
                .thenComparing(c -> c.path("Id").asText("")));
        return list;
    }

    /** {@code 1.2 GB}, {@code 340 kB}, {@code 12 B} (decimal units, like the docker CLI). */
    static String bytes(long n) {
        return Bytes.human(n);
    }

    /** {@code NAME=value} with the value hidden when the name looks like a secret. */
    static String redactEnv(String entry) {
        int eq = entry.indexOf('=');
        String name = eq < 0 ? entry : entry.substring(0, eq);
        if (eq >= 0 && RunDefaults.looksSecret(name)) {
            return name + "=<redacted>";
        }
        return entry;
    }

    /**
     * The Dockerfile instruction behind a history entry, cleaned the way {@code dockscope image} cleans it, with
     * values of secret-looking names redacted.
     */
    static String instruction(String createdBy) {
        return RunDefaults.redactAssignments(
                HistoryInstruction.parse(createdBy, "").text());
    }

    /** A JSON array of strings as the Dockerfile exec form would show it: {@code ["nginx", "-g"]}. */
    static String execForm(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < parts.size(); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(parts.get(i).replace("\"", "\\\"")).append('"');
        }
        return b.append(']').toString();
    }

    /** Nanoseconds as {@code 30s}, {@code 1m30s} or {@code 500ms}; empty for none. */
    static String duration(long nanos) {
        return nanos <= 0 ? "" : Durations.human(nanos);
    }
}
