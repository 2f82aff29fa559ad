package dev.dockscope.analysis.files;

import dev.dockscope.analysis.HistoryInstruction;
import dev.dockscope.analysis.RunDefaults;
import dev.dockscope.model.image.ImageConfig;
import java.util.ArrayList;
import java.util.List;

/** Maps the config's history to the layers (skipping {@code empty_layer} entries, as dive does) and tidies it. */
public final class Instructions {
    private Instructions() {
    }

    /** One instruction per layer, bottom-up; "(missing)" where the history has none. */
    public static List<String> forLayers(ImageConfig config, int layerCount) {
        List<String> out = new ArrayList<>();
        List<ImageConfig.History> history = config == null ? null : config.history();
        int h = 0;
        for (int i = 0; i < layerCount; i++) {
            String createdBy = null;
            while (history != null && h < history.size()) {
                ImageConfig.History entry = history.get(h++);
                if (!entry.emptyLayer()) {
                    createdBy = tidy(entry.createdBy());
                    break;
                }
            }
            out.add(createdBy == null ? "(missing)" : createdBy);
        }
        return out;
    }

    /** The Dockerfile line behind a history entry, cleaned as {@code dockscope image} cleans it, secrets redacted. */
    public static String tidy(String createdBy) {
        String s = RunDefaults.redactAssignments(
                HistoryInstruction.parse(createdBy, "").text());
        return s.isEmpty() ? "(empty)" : s;
    }

    static boolean isCopy(String instruction) {
        return instruction.startsWith("COPY") || instruction.startsWith("ADD");
    }
}
