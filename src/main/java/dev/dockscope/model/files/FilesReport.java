package dev.dockscope.model.files;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Everything {@code --files} knows about an image: per-layer changes, dive's numbers, the reclaimable figure and why
 * the two differ, a verdict and fixes, as numbers and ids (the sentences are made in render/). Text and JSON render
 * from this one object ({@code dockscope image} carries it whole in its report).
 *
 * @param source which source read the layers: "store" (the daemon's layer store on this machine), "export" (the
 *               daemon's export stream) or "archive" ({@code --archive})
 * @param sourceDetail what exactly was read: "the daemon's layer store /var/lib/docker/image/overlay2/layerdb/sha256",
 *                     "the archive app.tar"…
 * @param sourceNote why the layer store was not used although it was tried first (auto), else null
 * @param verdict "efficient" (efficiency ≥ 0.95), "acceptable" (≥ 0.9) or "wasteful" ({@link #EFFICIENT},
 *                {@link #ACCEPTABLE}, {@link #WASTEFUL})
 */
public record FilesReport(String source, String sourceDetail, String sourceNote, String format, List<String> repoTags,
        String platform, int layerCount, long visibleFiles, long visibleBytes, double efficiency, long wastedBytes,
        Double userWastedPercent, long reclaimableBytes, DiveEfficiency dive, Reclaimable reclaimable,
        String verdict, List<Suggestion> suggestions, List<LayerFiles> layers, List<String> concepts) {
    public static final String EFFICIENT = "efficient";
    public static final String ACCEPTABLE = "acceptable";
    public static final String WASTEFUL = "wasteful";

    /** A report read from an archive ({@code sourceDetail} names it). */
    public FilesReport(String sourceDetail, String format, List<String> repoTags, String platform, int layerCount,
            long visibleFiles, long visibleBytes, double efficiency, long wastedBytes, Double userWastedPercent,
            long reclaimableBytes, DiveEfficiency dive, Reclaimable reclaimable, String verdict,
            List<Suggestion> suggestions, List<LayerFiles> layers, List<String> concepts) {
        this("archive", sourceDetail, null, format, repoTags, platform, layerCount, visibleFiles, visibleBytes,
                efficiency, wastedBytes, userWastedPercent, reclaimableBytes, dive, reclaimable, verdict, suggestions,
                layers, concepts);
    }

    /** dive's inefficiencies, largest first (also at {@code dive.inefficiencies}); top-level in JSON as the issue asks. */
    @JsonProperty("inefficiencies")
    public List<Inefficiency> inefficiencies() {
        return dive.inefficiencies();
    }
}
