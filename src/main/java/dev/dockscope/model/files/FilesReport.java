package dev.dockscope.model.files;

import java.util.List;

/**
 * Everything {@code --files} knows about an image: per-layer changes, dive's numbers, the reclaimable figure and why
 * the two differ, a verdict and fixes. Text and JSON render from this one object.
 *
 * @param verdict "efficient" (efficiency ≥ 0.95), "acceptable" (≥ 0.9) or "wasteful"
 */
public record FilesReport(String source, String format, List<String> repoTags, String platform, int layerCount,
        long visibleFiles, long visibleBytes, double efficiency, long wastedBytes, Double userWastedPercent,
        long reclaimableBytes, DiveEfficiency dive, Reclaimable reclaimable, String difference, String verdict,
        String verdictLine, List<Suggestion> suggestions, List<LayerFiles> layers, List<String> concepts) {

    /** dive's inefficiencies, largest first (also at {@code dive.inefficiencies}); top-level in JSON as the issue asks. */
    @com.fasterxml.jackson.annotation.JsonProperty("inefficiencies")
    public List<Inefficiency> inefficiencies() {
        return dive.inefficiencies();
    }
}
