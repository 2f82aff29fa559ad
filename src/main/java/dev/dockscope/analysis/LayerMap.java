package dev.dockscope.analysis;

import dev.dockscope.model.image.ImageData.HistoryEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which history entries produced a filesystem layer, so the non-empty entries map one-to-one, in order,
 * onto {@code RootFS.Layers}. The history API has no "empty layer" flag; the instruction and the size tell.
 * When the counts cannot be reconciled (squashed, imported, or built by other tools) the mapping is partial and
 * {@link #note()} says so.
 */
public record LayerMap(boolean[] filesystem, String[] diffIds, String note) {

    public static LayerMap of(List<HistoryEntry> history, List<HistoryInstruction> parsed, List<String> diffIds) {
        int n = history.size();
        boolean[] fs = new boolean[n];
        int count = 0;
        boolean flagged = n > 0 && history.stream().allMatch(h -> h.emptyLayer() != null);
        for (int i = 0; i < n; i++) {
            fs[i] = flagged ? !history.get(i).emptyLayer() : !parsed.get(i).metadataOnly() || history.get(i).size() > 0;
            if (fs[i]) {
                count++;
            }
        }
        int want = diffIds.size();
        // too many candidates: WORKDIR and zero-byte entries are the ones that may not have made a layer
        for (int i = n - 1; i >= 0 && count > want; i--) {
            if (fs[i] && history.get(i).size() == 0 && parsed.get(i).keyword().equals("WORKDIR")) {
                fs[i] = false;
                count--;
            }
        }
        String note = null;
        if (count != want) {
            int sized = 0;
            for (HistoryEntry h : history) {
                if (h.size() > 0) {
                    sized++;
                }
            }
            if (sized == want) {
                for (int i = 0; i < n; i++) {
                    fs[i] = history.get(i).size() > 0;
                }
                count = want;
            } else {
                note = "the history lists " + count + " filesystem step" + (count == 1 ? "" : "s") + " but the image has "
                        + want + " layer" + (want == 1 ? "" : "s") + " (squashed, imported, or built by another tool): "
                        + "layers were matched to steps from the bottom up, as far as they go";
            }
        }
        String[] ids = new String[n];
        List<Integer> steps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (fs[i]) {
                steps.add(i);
            }
        }
        for (int k = 0; k < Math.min(steps.size(), want); k++) {
            ids[steps.get(k)] = diffIds.get(k);
        }
        if (note != null && steps.size() > want) {
            // steps beyond the available layers: treat as not producing one
            for (int k = want; k < steps.size(); k++) {
                fs[steps.get(k)] = false;
            }
        }
        return new LayerMap(fs, ids, note);
    }
}
