package dev.dockscope.model.image;

import java.util.List;

/**
 * An image config file (the JSON a {@code docker save} or OCI archive carries), sanitised: {@code created} ISO-8601 UTC
 * (null when absent), {@code os}/{@code architecture}/{@code variant} null when absent, {@code diffIds} the layer chain,
 * {@code history} every build step in order (oldest first), {@code config} the run-time defaults.
 */
public record ImageConfig(String created, String os, String architecture, String variant, List<String> diffIds,
                          List<History> history, ImageData.RawConfig config) {

    /**
     * One build step: {@code createdBy} keeps its newlines (heredocs), {@code emptyLayer} true for steps that made no
     * layer (ENV, CMD…).
     */
    public record History(String created, String createdBy, String comment, boolean emptyLayer) {
    }
}
