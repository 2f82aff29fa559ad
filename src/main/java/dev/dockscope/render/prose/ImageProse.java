package dev.dockscope.render.prose;

import dev.dockscope.analysis.Durations;
import dev.dockscope.model.image.ImageFacts.BaseFact;
import dev.dockscope.model.image.ImageFacts.HealthcheckFact;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.model.image.ImageFacts.OriginFact;
import dev.dockscope.model.image.ImageFacts.Pid1Fact;
import dev.dockscope.model.text.Plural;

/** The sentences of {@code dockscope image}: facts of the image analysis in words (pure functions). */
public final class ImageProse {
    private ImageProse() {
    }

    /** Where the image came from and what that means for pulling it elsewhere. */
    public static String origin(OriginFact f) {
        return switch (f.kind()) {
            case REGISTRY -> "it has a repo digest, so it was pulled from (or pushed to) "
                    + String.join(", ", f.registries()) + "; the digest names these exact bytes, the tag can move";
            case ARCHIVE -> "read from " + f.archive() + " with no daemon: a saved image keeps its tags but not where "
                    + "it was pulled from (docker save drops repo digests)";
            case IMPORTED -> "made by `docker import` from a tarball: no build history, no registry digest";
            case IMPORTED_BASE -> "built on this machine (no repo digest) with " + Plural.of(f.buildSteps(), "build step")
                    + " on a base made by `docker import` from a tarball: only "
                    + "that base has no build history";
            case LOCAL -> "no repo digest: built or loaded on this machine and never pushed or pulled; other machines "
                    + "cannot pull it by this name";
        };
    }

    /** How the end of the base image was found. */
    public static String base(BaseFact f) {
        return switch (f.kind()) {
            case LOCAL_IMAGE -> "local image " + f.image() + " has exactly the layers below this point";
            case INFERRED -> "inferred: the base image's last " + f.keyword() + " comes before this image's own "
                    + "filesystem steps";
        };
    }

    /** A note on records of the image that do not add up. */
    public static String note(Note n) {
        return switch (n.kind()) {
            case LAYERS_UNMATCHED -> "the history lists " + Plural.of(n.counted(), "filesystem step")
                    + " but the image has " + Plural.of(n.reported(), "layer") + " (squashed, imported, or built by another tool): layers "
                    + "were matched to steps from the bottom up, as far as they go";
            case SIZES_DIFFER -> "the history's sizes add up to " + n.counted() + " bytes, the daemon reports "
                    + n.reported() + " for the image (engines with the containerd image store count compressed "
                    + "content too)";
        };
    }

    /** What PID 1 is and how signals reach the app. */
    public static String pid1(Pid1Fact f) {
        String shell = f.pid1() + " runs as PID 1 and starts the command as its child: SIGTERM from `docker stop` "
                + "reaches the shell, not the app, which is killed after the stop timeout. Use the exec form "
                + "([\"app\", \"arg\"]) or `exec app` in the script.";
        String exec = f.pid1() + " runs as PID 1 and receives signals directly";
        return switch (f.kind()) {
            case NONE -> "no default command: `docker run` must be given one";
            case SHELL -> shell;
            case SHELL_ENTRYPOINT -> shell + " A shell-form ENTRYPOINT also ignores CMD and the arguments given to "
                    + "`docker run`.";
            case EXEC -> exec;
            case EXEC_WITH_CMD -> exec + "; CMD supplies its default arguments";
        };
    }

    /** The health check, with Docker's defaults applied, as what Docker will do. */
    public static String healthcheck(HealthcheckFact f) {
        return switch (f.kind()) {
            case NONE -> "no HEALTHCHECK: Docker only knows whether PID 1 is running, not whether the app answers; "
                    + "orchestrators and `depends_on: condition: service_healthy` cannot tell a hung app from a "
                    + "working one";
            case DISABLED -> "HEALTHCHECK NONE: a health check inherited from the base image is switched off";
            case PROBE -> "every " + Durations.human(f.interval()) + " Docker runs `" + f.probe() + "` inside the "
                    + "container; a probe slower than " + Durations.human(f.timeout()) + " fails; after "
                    + Plural.of(f.retries(), "failure") + " in a row the container is unhealthy"
                    + (f.startPeriod() > 0 ? "; failures in the first " + Durations.human(f.startPeriod())
                            + " do not count" : "");
        };
    }
}
