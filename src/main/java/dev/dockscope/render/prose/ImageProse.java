package dev.dockscope.render.prose;

import dev.dockscope.model.image.ImageFacts.BaseFact;
import dev.dockscope.model.image.ImageFacts.Note;
import dev.dockscope.model.image.ImageFacts.OriginFact;
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
}
