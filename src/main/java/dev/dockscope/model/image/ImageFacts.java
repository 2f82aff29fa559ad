package dev.dockscope.model.image;

import dev.dockscope.model.Fact;
import java.util.List;

/** What {@code dockscope image} states about an image, as kinds and raw values; render/prose words them. */
public final class ImageFacts {
    private ImageFacts() {
    }

    /**
     * How the origin was told. {@code registries}: the hosts of the repo digests (REGISTRY); {@code archive}: the
     * file read with no daemon (ARCHIVE); {@code buildSteps}: steps built on an imported base (IMPORTED_BASE).
     */
    public record OriginFact(Kind kind, List<String> registries, String archive, int buildSteps) implements Fact {
        public enum Kind { REGISTRY, ARCHIVE, IMPORTED, IMPORTED_BASE, LOCAL }
    }

    /**
     * How the end of the base image was found: a local image with exactly the layers below ({@code image}), or
     * inferred from the base's last CMD/ENTRYPOINT ({@code keyword}).
     */
    public record BaseFact(Kind kind, String image, String keyword) implements Fact {
        public enum Kind { LOCAL_IMAGE, INFERRED }
    }

    /**
     * Something about the image's own records that does not add up. LAYERS_UNMATCHED: the history lists
     * {@code counted} filesystem steps, the image has {@code reported} layers. SIZES_DIFFER: the history's sizes add
     * up to {@code counted} bytes, the daemon reports {@code reported}.
     */
    public record Note(Kind kind, long counted, long reported) implements Fact {
        public enum Kind { LAYERS_UNMATCHED, SIZES_DIFFER }
    }

    /**
     * What PID 1 is and how it gets signals. NONE: no default command; SHELL (SHELL_ENTRYPOINT when the shell is
     * the ENTRYPOINT): a shell wraps the command; EXEC (EXEC_WITH_CMD when CMD gives the ENTRYPOINT's arguments).
     */
    public record Pid1Fact(Kind kind, String pid1) implements Fact {
        public enum Kind { NONE, SHELL, SHELL_ENTRYPOINT, EXEC, EXEC_WITH_CMD }
    }

    /**
     * The health check with Docker's defaults applied: NONE (no HEALTHCHECK), DISABLED (HEALTHCHECK NONE) or PROBE,
     * with the probe's command line and its durations in nanoseconds.
     */
    public record HealthcheckFact(Kind kind, String probe, long interval, long timeout, long startPeriod, int retries)
            implements Fact {
        public enum Kind { NONE, DISABLED, PROBE }
    }
}
