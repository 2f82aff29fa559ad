package dev.dockscope.model.image;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.files.DiveEfficiency;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.Inefficiency;
import dev.dockscope.model.files.PathHistory;
import dev.dockscope.model.files.Reclaimable;
import dev.dockscope.model.files.Suggestion;
import java.util.List;

/**
 * The JSON shape of {@code dockscope image}: the explanation's fields, plus (with {@code --files}) the file-level
 * numbers at the top level, plus {@code paths} (with {@code --path}) and {@code ci} (with {@code --ci}).
 */
public record ImageReport(@JsonUnwrapped ImageExplanation image, @JsonUnwrapped FilesSummary files,
                          @JsonInclude(JsonInclude.Include.NON_NULL) PathHistory paths,
                          @JsonInclude(JsonInclude.Include.NON_NULL) CiReport ci,
                          @JsonIgnore FilesReport filesReport) {

    public ImageReport(ImageExplanation image, FilesSummary files, PathHistory paths, CiReport ci) {
        this(image, files, paths, ci, null);
    }

    /** The same report, keeping the whole files report for the text renderer (not part of the JSON). */
    public ImageReport withFilesReport(FilesReport r) {
        return new ImageReport(image, files, paths, ci, r);
    }

    /** dive's numbers and the true reclaimable figure, as the issue names them. */
    public record FilesSummary(String source, String sourceDetail, String sourceNote, String format,
                               double efficiency, long wastedBytes, Double userWastedPercent, long reclaimableBytes, List<Inefficiency> inefficiencies,
                               Reclaimable reclaimable, DiveEfficiency dive, String difference, String verdict,
                               String verdictLine, List<Suggestion> suggestions, long visibleFiles, long visibleBytes) {

        public static FilesSummary of(FilesReport r) {
            return new FilesSummary(r.source(), r.sourceDetail(), r.sourceNote(), r.format(), r.efficiency(), r.wastedBytes(), r.userWastedPercent(),
                    r.reclaimableBytes(), r.inefficiencies(), r.reclaimable(), r.dive(), r.difference(), r.verdict(),
                    r.verdictLine(), r.suggestions(), r.visibleFiles(), r.visibleBytes());
        }
    }
}
