package dev.dockscope.render.text;

import dev.dockscope.concepts.Card;
import dev.dockscope.concepts.Cards;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import java.time.Instant;

/**
 * {@code dockscope tour} as text, in pieces so the command can pause between them: the intro, one piece per step
 * (its card's first paragraph, then what your machine or the bundled sample shows), the way out.
 */
public final class TourTextRenderer {
    private final Palette p;
    private final int width;
    private final Instant now;

    public TourTextRenderer(Palette palette, int width, Instant now) {
        this.p = palette;
        this.width = width;
        this.now = now;
    }

    /** Where the examples come from. */
    public String intro(Tour t) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("dockscope tour").text("  ").dim("twelve concepts, each shown on real objects").build());
        if (t.daemon().reachable()) {
            out.addHanging(Line.EMPTY, Line.of("Examples come from your daemon at " + t.daemon().endpoint()
                    + "; where it has nothing fitting, from the bundled sample image and Dockerfile."));
        } else {
            out.addHanging(Line.EMPTY, Line.of(p.span(Style.YELLOW, t.daemon().message() == null
                    ? "Using the bundled sample (--sample)." : "No daemon reachable: " + t.daemon().message())));
            out.addHanging(Line.EMPTY, Line.of("So this tour explains the bundled sample image (a small Python web app, "
                    + "examples/sample-image.tar) and its Dockerfile (examples/Dockerfile). To see your own objects, "
                    + "start Docker or point dockscope at a daemon with --host, DOCKER_HOST or --context, then run "
                    + "dockscope tour again."));
        }
        return out.toString();
    }

    /** One step: its title bar, the card's first paragraph, what it shows, and where to read more. */
    public String step(Tour t, Tour.Step step) {
        Lines out = new Lines(p, width);
        out.blank();
        String title = " Step " + step.step() + " of " + t.steps().size() + (p.ascii() ? " - " : " · ") + step.title() + " ";
        out.add(p.line().heading(String.valueOf(p.hLine()).repeat(2) + title
                + String.valueOf(p.hLine()).repeat(Math.max(0, width - 2 - TextWidth.of(title)))).build());
        out.add(p.line().bold(step.oneLine()).build());
        Concept concept = Concept.bySlug(step.slug()).orElseThrow();
        Card card = Cards.of(concept);
        if (!card.paragraphs().isEmpty()) {
            out.addHanging(Line.EMPTY, Line.of(card.paragraphs().get(0)));
        }
        StringBuilder b = new StringBuilder(out.toString());
        b.append('\n');
        if (step.live() instanceof LiveSection.Unreachable u) {
            Lines would = new Lines(p, width);
            would.add(p.line().heading("On your machine:").build());
            would.addHanging(Line.of("  "), p.dimLine("with a daemon, this card would show " + u.wouldShow()));
            b.append(would);
        } else if (step.source().equals(Tour.Step.LIVE) || (step.source().equals(Tour.Step.NONE) && step.live() != null)) {
            b.append(new CardTextRenderer(p, width, false).renderLive(step.live()));
        } else if (step.source().equals(Tour.Step.SAMPLE)) {
            b.append(sample(t, concept));
        }
        Lines more = new Lines(p, width);
        more.add(p.line().dim("More: dockscope learn " + step.slug() + " (the whole card, with questions to check yourself)")
                .build());
        return b.append('\n').append(more).toString();
    }

    /** The prompt between steps on a terminal (for stderr). */
    public String pausePrompt() {
        return p.line().dim("[Enter] next card   [q] stop ").build().render();
    }

    private String sample(Tour t, Concept c) {
        ImageTextRenderer r = new ImageTextRenderer(p, width, now);
        String label = p.line().heading("With the sample:").build().render() + "\n";
        return switch (c) {
            case IMAGE -> label + r.section(t.sampleImage(), ImageTextRenderer.Section.IDENTITY) + "\n"
                    + r.section(t.sampleImage(), ImageTextRenderer.Section.RUN_DEFAULTS);
            case LAYER_CACHE -> label + r.section(t.sampleImage(), ImageTextRenderer.Section.LAYERS) + "\n"
                    + r.section(t.sampleImage(), ImageTextRenderer.Section.CACHE_STORY);
            case DOCKERFILE, MULTI_STAGE -> label + lintExcerpt(t.sampleDockerfile(), c);
            default -> "";
        };
    }

    /** The sample Dockerfile's findings that teach this card: cache order for dockerfile, the rest for multi-stage. */
    private String lintExcerpt(LintReport report, Concept c) {
        Lines out = new Lines(p, width);
        out.add(Line.of("examples/Dockerfile, as `dockscope lint examples/Dockerfile` sees it:"));
        int shown = 0;
        for (Finding f : report.findings()) {
            boolean fits = c == Concept.MULTI_STAGE ? f.concept() == Concept.MULTI_STAGE
                    : f.rule().startsWith("DS1") || f.concept() == Concept.DOCKERFILE;
            if (!fits || shown >= 4) {
                continue;
            }
            shown++;
            out.addHanging(Line.of("  line " + f.line() + "  " + f.rule() + "  "), Line.of(f.message()));
            out.addHanging(Line.of("    fix: "), Line.of(f.fix()));
        }
        if (shown == 0) {
            out.add(Line.of("  (nothing for this card in the sample)"));
        }
        return out.toString();
    }

    /** Where to go after the tour. */
    public String outro() {
        Lines out = new Lines(p, width);
        out.blank();
        out.add(p.line().heading("Where next").build());
        out.addHanging(Line.of("  "), Line.of("dockscope image REF explains one of your images; add --files to see inside "
                + "every layer."));
        out.addHanging(Line.of("  "), Line.of("dockscope container [NAME] explains your containers: state, limits, mounts, "
                + "network, security; dockscope health [NAME] their health checks."));
        out.addHanging(Line.of("  "), Line.of("dockscope lint [PATH] checks your Dockerfiles; --changed FILE shows what an "
                + "edit rebuilds."));
        out.addHanging(Line.of("  "), Line.of("dockscope learn lists the cards; dockscope learn CARD shows one, live."));
        return out.toString();
    }
}
