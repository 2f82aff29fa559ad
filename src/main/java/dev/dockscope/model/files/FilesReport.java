package dev.dockscope.model.files;

import java.util.List;

/**
 * Everything {@code --files} knows about an image: per-layer changes, dive's numbers, the reclaimable figure and why
 * the two differ, a verdict and fixes. Text and JSON render from this one object.
 *
 * @param source which source read the layers: "store" (the daemon's layer store on this machine), "export" (the
 *               daemon's export stream) or "archive" ({@code --archive})
 * @param sourceDetail what exactly was read: "the daemon's layer store /var/lib/docker/image/overlay2/layerdb/sha256",
 *                     "the archive app.tar"…
 * @param sourceNote why the layer store was not used although it was tried first (auto), else null
 * @param verdict "efficient" (efficiency ≥ 0.95), "acceptable" (≥ 0.9) or "wasteful"
 */
public record FilesReport(String source, String sourceDetail, String sourceNote, String format, List<String> repoTags,
        String platform, int layerCount, long visibleFiles, long visibleBytes, double efficiency, long wastedBytes,
        Double userWastedPercent, long reclaimableBytes, DiveEfficiency dive, Reclaimable reclaimable,
        String difference, String verdict, String verdictLine, List<Suggestion> suggestions, List<LayerFiles> layers,
        List<String> concepts) {

    /** A report read from an archive ({@code sourceDetail} names it). */
    public FilesReport(String sourceDetail, String format, List<String> repoTags, String platform, int layerCount,
            long visibleFiles, long visibleBytes, double efficiency, long wastedBytes, Double userWastedPercent,
            long reclaimableBytes, DiveEfficiency dive, Reclaimable reclaimable, String difference, String verdict,
            String verdictLine, List<Suggestion> suggestions, List<LayerFiles> layers, List<String> concepts) {
        this("archive", sourceDetail, null, format, repoTags, platform, layerCount, visibleFiles, visibleBytes,
                efficiency, wastedBytes, userWastedPercent, reclaimableBytes, dive, reclaimable, difference, verdict,
                verdictLine, suggestions, layers, concepts);
    }

    /** dive's inefficiencies, largest first (also at {@code dive.inefficiencies}); top-level in JSON as the issue asks. */
    @com.fasterxml.jackson.annotation.JsonProperty("inefficiencies")
    public List<Inefficiency> inefficiencies() {
        return dive.inefficiencies();
    }
}
