package dev.dockscope.analysis.files;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps the config's history to the layers (skipping {@code empty_layer} entries, as dive does) and tidies it. */
public final class Instructions {
    private Instructions() {
    }

    /** One instruction per layer, bottom-up; "(missing)" where the history has none. */
    public static List<String> forLayers(JsonNode config, int layerCount) {
        List<String> out = new ArrayList<>();
        JsonNode history = config == null ? null : config.path("history");
        int h = 0;
        for (int i = 0; i < layerCount; i++) {
            String createdBy = null;
            while (history != null && h < history.size()) {
                JsonNode entry = history.get(h++);
                if (!entry.path("empty_layer").asBoolean(false)) {
                    createdBy = tidy(entry.path("created_by").asText(""));
                    break;
                }
            }
            out.add(createdBy == null ? "(missing)" : createdBy);
        }
        return out;
    }

    /** {@code /bin/sh -c #(nop)  COPY x} → {@code COPY x}; {@code /bin/sh -c apt-get…} → {@code RUN apt-get…}. */
    public static String tidy(String createdBy) {
        String s = createdBy.strip();
        if (s.startsWith("/bin/sh -c #(nop)")) {
            s = s.substring("/bin/sh -c #(nop)".length()).strip();
        } else if (s.startsWith("/bin/sh -c ")) {
            s = "RUN " + s.substring("/bin/sh -c ".length()).strip();
        } else if (s.startsWith("|")) {
            // "|2 ARG=x /bin/sh -c make": build args prefix
            int sh = s.indexOf("/bin/sh -c ");
            if (sh > 0) {
                s = "RUN " + s.substring(sh + "/bin/sh -c ".length()).strip();
            }
        }
        if (s.startsWith("RUN /bin/sh -c ")) {
            s = "RUN " + s.substring("RUN /bin/sh -c ".length()).strip();
        }
        if (s.endsWith("# buildkit")) {
            s = s.substring(0, s.length() - "# buildkit".length()).strip();
        }
        return s.isEmpty() ? "(empty)" : s;
    }

    static boolean isCopy(String instruction) {
        return instruction.startsWith("COPY") || instruction.startsWith("ADD");
    }
}
