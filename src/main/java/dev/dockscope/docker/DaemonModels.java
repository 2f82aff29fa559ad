package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.DaemonVersion;
import dev.dockscope.render.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/** Maps raw daemon JSON to models; every string is sanitised on the way in. */
public final class DaemonModels {
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
}
