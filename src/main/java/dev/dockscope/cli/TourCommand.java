package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Card;
import dev.dockscope.concepts.Cards;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveSection;
import dev.dockscope.explain.DaemonLiveContext;
import dev.dockscope.explain.LiveExplorer;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.text.CardTextRenderer;
import dev.dockscope.render.text.ImageTextRenderer;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.render.text.Wrap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tour", description = {
    "A guided walk through the twelve concept cards, each shown on your own machine: images, layers, Dockerfiles, "
        + "containers, namespaces, the runtime, volumes, networks, health checks, registries and Compose.",
    "With no daemon reachable (or with --sample) it uses the bundled sample image and Dockerfile.",
    "On a terminal it pauses after each card: Enter for the next, q to stop."})
public final class TourCommand extends BaseCommand {
    /** The order a newcomer meets the cards in: what they build, then what runs, then how it connects. */
    static final List<Concept> ORDER = List.of(Concept.IMAGE, Concept.LAYER_CACHE, Concept.DOCKERFILE,
            Concept.MULTI_STAGE, Concept.CONTAINER, Concept.NAMESPACE_CGROUP, Concept.RUNTIME, Concept.VOLUME,
            Concept.NETWORK, Concept.HEALTH_CHECK, Concept.REGISTRY, Concept.COMPOSE);

    @Option(names = "--no-pause", description = "Print every step at once, even on a terminal.")
    boolean noPause;

    @Option(names = "--sample", description = "Use the bundled sample image and Dockerfile even when a daemon is reachable.")
    boolean sample;

    private final Wiring wiring;

    public TourCommand(Io io, Wiring wiring) {
        super(io);
        this.wiring = wiring;
    }

    /** The JSON shape: where the examples came from, and one entry per step. */
    public record Tour(Daemon daemon, List<Step> steps, ImageExplanation sampleImage, LintReport sampleDockerfile,
                       List<String> concepts) {
    }

    public record Daemon(boolean reachable, String endpoint, String message, String hint) {
    }

    /** {@code source}: live (your machine), sample (the bundled one) or none. */
    public record Step(int step, String slug, String title, String oneLine, String source, LiveSection live) {
    }

    @Override
    protected ExitCode run(Session session) throws IOException {
        LiveExplorer live = new LiveExplorer(new DaemonLiveContext(session::daemon, Path.of("").toAbsolutePath()),
                wiring.liveFinders().get());
        DockscopeException unreachable = sample ? null : live.unreachable();
        boolean useDaemon = !sample && unreachable == null;
        Daemon daemon = new Daemon(useDaemon, safeEndpoint(session),
                unreachable == null ? null : Sanitizer.line(unreachable.getMessage()),
                unreachable == null ? null : Sanitizer.line(unreachable.hint()));
        ImageExplanation sampleImage = null;
        LintReport sampleLint = null;
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < ORDER.size(); i++) {
            Concept c = ORDER.get(i);
            Card card = Cards.of(c);
            LiveSection section = useDaemon ? live.section(c) : null;
            boolean liveFound = section instanceof LiveSection.Shown s && s.example().found();
            String source = liveFound ? "live" : usesSample(c) ? "sample" : "none";
            if (!useDaemon && !usesSample(c)) {
                section = sample ? null : live.section(c); // says what it would show with a daemon
            }
            if (source.equals("sample")) {
                if (sampleImage == null) {
                    sampleImage = Samples.image();
                }
                if (sampleLint == null && (c == Concept.DOCKERFILE || c == Concept.MULTI_STAGE)) {
                    sampleLint = Samples.dockerfile();
                }
            }
            steps.add(new Step(i + 1, c.slug(), card.title(), card.oneLine(), source, section));
        }
        Tour tour = new Tour(daemon, steps, sampleImage, sampleLint, ORDER.stream().map(Concept::slug).toList());
        if (session.json()) {
            session.printJson(tour);
            return ExitCode.OK;
        }
        boolean pause = !noPause && io.outIsTty() && io.errIsTty();
        BufferedReader stdin = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
        session.print(intro(session.palette(), session.width(), tour));
        for (Step step : steps) {
            session.print(step(session, tour, step));
            if (pause && step.step() < steps.size()) {
                io.err().print(session.palette().dim("[Enter] next card   [q] stop ") );
                io.err().flush();
                String answer = stdin.readLine();
                if (answer == null || answer.strip().equalsIgnoreCase("q")) {
                    break;
                }
            }
        }
        session.print(outro(session.palette(), session.width()));
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

    private static String intro(Palette p, int width, Tour t) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("dockscope tour") + "  " + p.dim("twelve concepts, each shown on real objects"));
        if (t.daemon().reachable()) {
            out.add(Wrap.hanging("", "Examples come from your daemon at " + t.daemon().endpoint()
                    + "; where it has nothing fitting, from the bundled sample image and Dockerfile.", width));
        } else {
            out.add(Wrap.hanging("", p.yellow(t.daemon().message() == null ? "Using the bundled sample (--sample)."
                    : "No daemon reachable: " + t.daemon().message()), width));
            out.add(Wrap.hanging("", "So this tour explains the bundled sample image (a small Python web app, "
                    + "examples/sample-image.tar) and its Dockerfile (examples/Dockerfile). To see your own objects, "
                    + "start Docker or point dockscope at a daemon with --host, DOCKER_HOST or --context, then run "
                    + "dockscope tour again.", width));
        }
        return out.toString();
    }

    private String step(Session s, Tour t, Step step) {
        Palette p = s.palette();
        int width = s.width();
        Lines out = new Lines(width, p.ascii());
        out.blank();
        String title = " Step " + step.step() + " of " + t.steps().size() + (p.ascii() ? " - " : " · ") + step.title() + " ";
        out.add(p.heading(String.valueOf(p.hLine()).repeat(2) + title
                + String.valueOf(p.hLine()).repeat(Math.max(0, width - 2 - TextWidth.of(title)))));
        out.add(p.bold(step.oneLine()));
        Card card = Cards.of(Concept.bySlug(step.slug()).orElseThrow());
        if (!card.paragraphs().isEmpty()) {
            out.add(Wrap.hanging("", card.paragraphs().get(0), width));
        }
        StringBuilder b = new StringBuilder(out.toString());
        b.append('\n');
        if (step.live() instanceof LiveSection.Unreachable u) {
            Lines would = new Lines(width, p.ascii());
            would.add(p.heading("On your machine:"));
            would.add(Wrap.hanging("  ", p.dim("with a daemon, this card would show " + u.wouldShow()), width));
            b.append(would);
        } else if (step.source().equals("live") || (step.source().equals("none") && step.live() != null)) {
            b.append(new CardTextRenderer(p, width, false).renderLive(step.live()));
        } else if (step.source().equals("sample")) {
            b.append(sample(s, t, Concept.bySlug(step.slug()).orElseThrow()));
        }
        Lines more = new Lines(width, p.ascii());
        more.add(p.dim("More: dockscope learn " + step.slug() + " (the whole card, with questions to check yourself)"));
        return b.append('\n').append(more).toString();
    }

    private String sample(Session s, Tour t, Concept c) {
        Palette p = s.palette();
        ImageTextRenderer r = new ImageTextRenderer(p, s.width(), Instant.now());
        String label = p.heading("With the sample:") + "\n";
        return switch (c) {
            case IMAGE -> label + r.section(t.sampleImage(), ImageTextRenderer.Section.IDENTITY) + "\n"
                    + r.section(t.sampleImage(), ImageTextRenderer.Section.RUN_DEFAULTS);
            case LAYER_CACHE -> label + r.section(t.sampleImage(), ImageTextRenderer.Section.LAYERS) + "\n"
                    + r.section(t.sampleImage(), ImageTextRenderer.Section.CACHE_STORY);
            case DOCKERFILE, MULTI_STAGE -> label + lintExcerpt(p, s.width(), t.sampleDockerfile(), c);
            default -> "";
        };
    }

    /** The sample Dockerfile's findings that teach this card: cache order for dockerfile, the rest for multi-stage. */
    private static String lintExcerpt(Palette p, int width, LintReport report, Concept c) {
        Lines out = new Lines(width, p.ascii());
        out.add("examples/Dockerfile, as `dockscope lint examples/Dockerfile` sees it:");
        int shown = 0;
        for (Finding f : report.findings()) {
            boolean fits = c == Concept.MULTI_STAGE ? f.concept() == Concept.MULTI_STAGE
                    : f.rule().startsWith("DS1") || f.concept() == Concept.DOCKERFILE;
            if (!fits || shown >= 4) {
                continue;
            }
            shown++;
            out.add(Wrap.hanging("  line " + f.line() + "  " + f.rule() + "  ", f.message(), width));
            out.add(Wrap.hanging("    fix: ", f.fix(), width));
        }
        if (shown == 0) {
            out.add("  (nothing for this card in the sample)");
        }
        return out.toString();
    }

    private static String outro(Palette p, int width) {
        Lines out = new Lines(width, p.ascii());
        out.blank();
        out.add(p.heading("Where next"));
        out.add(Wrap.hanging("  ", "dockscope image REF explains one of your images; add --files to see inside every "
                + "layer.", width));
        out.add(Wrap.hanging("  ", "dockscope container [NAME] explains your containers: state, limits, mounts, network,"
                + " security; dockscope health [NAME] their health checks.", width));
        out.add(Wrap.hanging("  ", "dockscope lint [PATH] checks your Dockerfiles; --changed FILE shows what an edit "
                + "rebuilds.", width));
        out.add(Wrap.hanging("  ", "dockscope learn lists the cards; dockscope learn CARD shows one, live.", width));
        return out.toString();
    }
}
