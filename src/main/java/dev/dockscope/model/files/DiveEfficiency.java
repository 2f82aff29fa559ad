package dev.dockscope.model.files;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The numbers dive reports, computed the way dive computes them (dive/filetree/efficiency.go, dive/image/analysis.go).
 *
 * @param userWastedPercent wastedBytes / userSizeBytes as a fraction (0.1 = 10 %), as dive names it; null when
 *                          undefined (no user bytes), where dive has NaN or +Inf ({@link #userWastedRatio()})
 * @param inefficiencies shown at the top level of {@link FilesReport} in JSON
 * @param stops where dive's own algorithm stops counting a layer early (a whiteout of a path no lower layer has), so
 *              the numbers match dive even then
 */
public record DiveEfficiency(double efficiency, long wastedBytes, Double userWastedPercent, long sizeBytes,
        long userSizeBytes, @JsonIgnore List<Inefficiency> inefficiencies, List<Stop> stops,
        @JsonIgnore double userWastedRatio) {

    /** dive stopped counting {@code layer} (1-based) at the whiteout of {@code path}, which no lower layer has. */
    public record Stop(int layer, String path) {
    }
}
