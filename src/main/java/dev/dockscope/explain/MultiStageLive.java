package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.instruction;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An image whose history shows a {@code COPY --from=}: the step that took files from another stage. */
final class MultiStageLive implements LiveFinder {
    /** Histories read at most (newest images first), so a host with thousands of images stays quick. */
    static final int MAX_IMAGES = 60;

    @Override
    public Concept concept() {
        return Concept.MULTI_STAGE;
    }

    @Override
    public String wouldShow() {
        return "an image of yours built in several stages: the COPY --from step that took files from a build stage.";
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        List<ImageSummary> images = LiveSupport.imagesNewestFirst(ctx);
        int checked = 0;
        for (ImageSummary image : images) {
            if (checked++ >= MAX_IMAGES) {
                break;
            }
            List<ImageData.HistoryEntry> history;
            try {
                history = ctx.imageHistory(image.id());
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue; // removed while we looked
                }
                throw e;
            }
            List<String> copies = new ArrayList<>();
            for (ImageData.HistoryEntry h : history) { // oldest first
                String instr = instruction(h.createdBy());
                if (instr.toUpperCase(Locale.ROOT).startsWith("COPY") && instr.contains("--from=")) {
                    copies.add(instr);
                }
            }
            if (!copies.isEmpty()) {
                String name = LiveSupport.imageName(image);
                b.headline("Image " + name + " was built in stages: its history shows files copied from another stage.");
                copies.forEach(c -> b.fact("copied in by", c));
                b.fact("final image", Plural.of(history.size(), "step") + ", only the last stage's (" + name + ")");
                b.note("The stages it copied from are not in this image; their compilers and caches stayed behind.");
                b.raw("image", name);
                b.raw("id", image.id());
                b.raw("copyFromSteps", copies);
                return b.build();
            }
        }
        b.none(images.isEmpty() ? "There are no images on this daemon yet."
                : "None of your " + Math.min(images.size(), MAX_IMAGES) + " newest images shows a COPY --from step.");
        b.note("Images made by the classic builder do not record --from in their history; BuildKit builds do.");
        b.note("Try one: a Dockerfile with FROM busybox AS build ... and a second FROM that uses COPY --from=build.");
        return b.build();
    }
}
