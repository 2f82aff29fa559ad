package dev.dockscope.model.image;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.files.FilesReport;
import dev.dockscope.model.files.PathHistory;

/**
 * {@code dockscope image}, one image: the one object both the text and the JSON output render. The explanation's
 * fields; with {@code --files} (also {@code --ci}, {@code --path}) the whole {@link FilesReport}, whose fields the
 * JSON puts at the top level next to the explanation's (its per-layer changes are already in each layer's
 * {@code files}, and the image names its own tags, platform, layer count and concepts, so those four are not
 * repeated); {@code paths} with {@code --path}; {@code ci} with {@code --ci}.
 */
public record ImageReport(@JsonUnwrapped ImageExplanation image,
                          @JsonUnwrapped @JsonIgnoreProperties({"repoTags", "platform", "layerCount", "layers",
                              "concepts"}) FilesReport files,
                          @JsonInclude(JsonInclude.Include.NON_NULL) PathHistory paths,
                          @JsonInclude(JsonInclude.Include.NON_NULL) CiReport ci) {

    /** An image explained from its history and config alone (no layer files read). */
    public static ImageReport of(ImageExplanation image) {
        return new ImageReport(image, null, null, null);
    }
}
