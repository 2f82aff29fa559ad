package dev.dockscope.explain;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.analysis.Durations;
import dev.dockscope.analysis.HistoryInstruction;
import dev.dockscope.analysis.RunDefaults;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.text.Instants;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Small helpers shared by the live examples: names, order, sizes, secret redaction, history cleanup. */
final class LiveSupport {

    private LiveSupport() {
    }

    /** The first 12 hex digits of an id, without {@code sha256:}. */
    static String shortId(String id) {
        String s = id == null ? "" : id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    /** A container's name without the leading slash, or its short id when it has none. */
    static String containerName(ContainerSummary c) {
        return c.names().isEmpty() || c.names().get(0).replaceFirst("^/", "").isEmpty() ? shortId(c.id()) : c.name();
    }

    static String containerName(ContainerDetails c) {
        return c.name().isEmpty() ? shortId(c.id()) : c.name();
    }

    /** The first tag of an image list entry, or its short id. */
    static String imageName(ImageSummary image) {
        return image.repoTags().isEmpty() ? shortId(image.id()) : image.repoTags().get(0);
    }

    /** An ISO-8601 time as epoch seconds; 0 when absent or unreadable. */
    static long epochSeconds(String iso) {
        try {
            return iso == null || iso.isEmpty() ? 0 : Instants.parse(iso).getEpochSecond();
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Images, newest first (ties by id, so the choice is stable). */
    static List<ImageSummary> imagesNewestFirst(LiveContext ctx) {
        List<ImageSummary> list = new ArrayList<>(ctx.images());
        list.sort(Comparator.comparingLong((ImageSummary i) -> -epochSeconds(i.created()))
                .thenComparing(ImageSummary::id));
        return list;
    }

    /** Running containers, most recently created first. */
    static List<ContainerSummary> runningNewestFirst(LiveContext ctx) {
        List<ContainerSummary> list = new ArrayList<>();
        for (ContainerSummary c : ctx.containers(false)) {
            if ("running".equals(c.state())) {
                list.add(c);
            }
        }
        list.sort(Comparator.comparingLong((ContainerSummary c) -> -epochSeconds(c.created()))
                .thenComparing(ContainerSummary::id));
        return list;
    }

    /** A list that may be null (an unset command) as a list. */
    static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    /** A string that may be null as a string. */
    static String orEmpty(String s) {
        return s == null ? "" : s;
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
