package dev.dockscope.render.text;

import dev.dockscope.concepts.LiveSection;
import dev.dockscope.lint.LintReport;
import dev.dockscope.model.image.ImageExplanation;
import java.util.List;

/**
 * {@code dockscope tour}: the one object its text ({@link TourTextRenderer}) and its JSON render. It sits with its
 * renderer because it gathers models from three floors below (a card's live section, the sample image's
 * explanation, the sample Dockerfile's lint report), which model/ cannot name.
 *
 * @param sampleImage the bundled sample image, when a step shows it (else null)
 * @param sampleDockerfile the bundled sample Dockerfile's lint report, when a step shows it (else null)
 */
public record Tour(Daemon daemon, List<Step> steps, ImageExplanation sampleImage, LintReport sampleDockerfile,
                   List<String> concepts) {

    /** Where the examples come from: the daemon when {@code reachable}, else why not and what to do. */
    public record Daemon(boolean reachable, String endpoint, String message, String hint) {
    }

    /** {@code source}: live (your machine), sample (the bundled one) or none. */
    public record Step(int step, String slug, String title, String oneLine, String source, LiveSection live) {
        public static final String LIVE = "live";
        public static final String SAMPLE = "sample";
        public static final String NONE = "none";
    }
}
