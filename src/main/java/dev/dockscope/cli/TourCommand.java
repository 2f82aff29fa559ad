package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Card;
import dev.dockscope.concepts.Cards;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.explain.DaemonLiveContext;
import dev.dockscope.explain.LiveExplorer;
import dev.dockscope.lint.LintReport;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.text.Tour;
import dev.dockscope.render.text.TourTextRenderer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope tour}; its model is written out by hand ({@link #model}), no annotations read. */
public final class TourCommand extends BaseCommand {
    /** The order a newcomer meets the cards in: what they build, then what runs, then how it connects. */
    static final List<Concept> ORDER = List.of(Concept.IMAGE, Concept.LAYER_CACHE, Concept.DOCKERFILE,
            Concept.MULTI_STAGE, Concept.CONTAINER, Concept.NAMESPACE_CGROUP, Concept.RUNTIME, Concept.VOLUME,
            Concept.NETWORK, Concept.HEALTH_CHECK, Concept.REGISTRY, Concept.COMPOSE);

    boolean noPause;

    boolean sample;

    private final Wiring wiring;

    public TourCommand(Io io, Wiring wiring) {
        super(io);
        this.wiring = wiring;
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "tour",
                "A guided walk through the twelve concept cards, each shown on your own machine: images, layers, Dockerfiles, "
                        + "containers, namespaces, the runtime, volumes, networks, health checks, registries and Compose.",
                "With no daemon reachable (or with --sample) it uses the bundled sample image and Dockerfile.",
                "On a terminal it pauses after each card: Enter for the next, q to stop.");
        spec.addOption(Model.flag(v -> noPause = v, () -> noPause, "--no-pause")
                .description("Print every step at once, even on a terminal.").build());
        spec.addOption(Model.flag(v -> sample = v, () -> sample, "--sample")
                .description("Use the bundled sample image and Dockerfile even when a daemon is reachable.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) throws IOException {
        LiveExplorer live = new LiveExplorer(new DaemonLiveContext(session::engine, Path.of("").toAbsolutePath()),
                wiring.liveFinders().get());
        DockscopeException unreachable = sample ? null : live.unreachable();
        boolean useDaemon = !sample && unreachable == null;
        Tour.Daemon daemon = new Tour.Daemon(useDaemon, safeEndpoint(session),
                unreachable == null ? null : Sanitizer.line(unreachable.getMessage()),
                unreachable == null ? null : Sanitizer.line(unreachable.hint()));
        ImageExplanation sampleImage = null;
        LintReport sampleLint = null;
        List<Tour.Step> steps = new ArrayList<>();
        for (int i = 0; i < ORDER.size(); i++) {
            Concept c = ORDER.get(i);
            Card card = Cards.of(c);
            LiveSection section = useDaemon ? live.section(c) : null;
            boolean liveFound = section instanceof LiveSection.Shown s && s.example().found();
            String source = liveFound ? Tour.Step.LIVE : usesSample(c) ? Tour.Step.SAMPLE : Tour.Step.NONE;
            if (!useDaemon && !usesSample(c)) {
                section = sample ? null : live.section(c); // says what it would show with a daemon
            }
            if (source.equals(Tour.Step.SAMPLE)) {
                if (sampleImage == null) {
                    sampleImage = Samples.image();
                }
                if (sampleLint == null && (c == Concept.DOCKERFILE || c == Concept.MULTI_STAGE)) {
                    sampleLint = Samples.dockerfile();
                }
            }
            steps.add(new Tour.Step(i + 1, c.slug(), card.title(), card.oneLine(), source, section));
        }
        Tour tour = new Tour(daemon, steps, sampleImage, sampleLint, ORDER.stream().map(Concept::slug).toList());
        if (session.json()) {
            session.printJson(tour);
            return ExitCode.OK;
        }
        boolean pause = !noPause && io.outIsTty() && io.errIsTty();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        TourTextRenderer text = new TourTextRenderer(session.palette(), session.width(), Instant.now());
        session.print(text.intro(tour));
        for (Tour.Step step : steps) {
            session.print(text.step(tour, step));
            if (pause && step.step() < steps.size()) {
                io.err().print(text.pausePrompt());
                io.err().flush();
                String answer = stdin.readLine();
                if (answer == null || answer.strip().equalsIgnoreCase("q")) {
                    break;
                }
            }
        }
        session.print(text.outro());
        return ExitCode.OK;
    }

    private static boolean usesSample(Concept c) {
        return c == Concept.IMAGE || c == Concept.LAYER_CACHE || c == Concept.DOCKERFILE || c == Concept.MULTI_STAGE;
    }

    private static String safeEndpoint(Session s) {
        try {
            return s.endpoint().host();
        } catch (DockscopeException e) {
            return null;
        }
    }
}
