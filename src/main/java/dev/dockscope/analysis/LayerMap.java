package dev.dockscope.analysis;

import dev.dockscope.model.image.ImageData.HistoryEntry;
import dev.dockscope.model.image.ImageFacts.Note;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides which history entries produced a filesystem layer, so the non-empty entries map one-to-one, in order,
 * onto {@code RootFS.Layers}. The history API has no "empty layer" flag; the instruction and the size tell.
 * When the counts cannot be reconciled (squashed, imported, or built by other tools) the mapping is partial and
 * {@link #note()} says so (null when they match).
 */
public record LayerMap(boolean[] filesystem, String[] diffIds, Note note) {

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
        Note note = null;
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
                note = new Note(Note.Kind.LAYERS_UNMATCHED, count, want);
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
