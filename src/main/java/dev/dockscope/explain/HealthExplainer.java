package dev.dockscope.explain;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.container.ContainerNames;
import dev.dockscope.analysis.container.HealthTimeline;
import dev.dockscope.concepts.Concept;
import dev.dockscope.docker.Engine;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.HealthAdviceFacts.EffectFact;
import dev.dockscope.model.container.HealthAdviceFacts.SuggestionFact;
import dev.dockscope.model.container.HealthCheckFact;
import dev.dockscope.model.container.HealthList;
import dev.dockscope.model.container.HealthReport;
import dev.dockscope.model.container.HealthStep;
import dev.dockscope.model.container.Healthcheck;
import dev.dockscope.model.image.ImageData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@code dockscope health}: the health checks of your containers, and one check's probes replayed. */
public final class HealthExplainer {
    private static final List<String> CONCEPTS = List.of(Concept.HEALTH_CHECK.slug());
    private final Engine engine;

    public HealthExplainer(Engine engine) {
        this.engine = engine;
    }

    public HealthList list() {
        List<HealthList.Row> rows = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (ContainerSummary c : engine.containers(true)) {
            ContainerDetails d;
            try {
                d = engine.container(c.id());
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            ContainerDetails.Health h = d.state().health();
            if (h == null) {
                without.add(d.name());
                continue;
            }
            Healthcheck hc = d.config().healthcheck();
            int retries = hc == null || hc.retries() <= 0 ? HealthTimeline.DEFAULT_RETRIES : hc.retries();
            ContainerDetails.Probe last = h.log().isEmpty() ? null : h.log().get(h.log().size() - 1);
            rows.add(new HealthList.Row(d.name(), d.id(), d.state().status(), h.status(), h.failingStreak(), retries,
                    last == null ? "" : last.start(), last == null ? "" : ContainerExplainer.firstLine(last.output())));
        }
        rows.sort(Comparator.comparingInt((HealthList.Row r) -> rank(r.status())).thenComparing(HealthList.Row::name));
        without.sort(null);
        return new HealthList(List.copyOf(rows), without.size(), List.copyOf(without), CONCEPTS);
    }

    private static int rank(String status) {
        return switch (status) {
            case "unhealthy" -> 0;
            case "starting" -> 1;
            default -> 2;
        };
    }

    public HealthReport explain(String wanted) {
        ContainerNames.Match match = ContainerNames.resolve(engine.containers(true), wanted);
        ContainerDetails d;
        try {
            d = engine.container(match.container().id());
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                throw DockscopeException.notFound("container \"" + wanted + "\" was removed while dockscope read it",
                        "docker ps -a lists the containers there are now.");
            }
            throw e;
        }
        Healthcheck hc = d.config().healthcheck();
        ContainerDetails.Health h = d.state().health();
        ImageData.RawConfig image = imageConfig(d.imageId());
        boolean imageHas = image != null && image.healthTest() != null && !image.healthTest().isEmpty() && !image.healthTest().get(0).equals("NONE");
        if (hc == null || hc.disabled() || h == null) {
            String source = hc != null && hc.disabled() ? "disabled" : "none";
            HealthCheckFact why = unchecked(source.equals("disabled"));
            return new HealthReport(d.id(), d.name(), false, source, hc == null ? List.of() : hc.test(), 0, 0, 0, 0, 0,
                    d.state().status(), "none", 0, List.of(), true, "", why, whatItDoes(), suggestion(d), CONCEPTS);
        }
        boolean same = imageHas && image.healthTest().equals(hc.test()) && image.healthInterval() == hc.intervalNanos()
                && image.healthTimeout() == hc.timeoutNanos() && image.healthRetries() == hc.retries();
        String source = same ? "image" : imageHas ? "run (overrides the image's HEALTHCHECK)" : "run";
        long interval = hc.intervalNanos() > 0 ? hc.intervalNanos() : HealthTimeline.DEFAULT_INTERVAL;
        long timeout = hc.timeoutNanos() > 0 ? hc.timeoutNanos() : HealthTimeline.DEFAULT_TIMEOUT;
        long startInterval = hc.startIntervalNanos() > 0 ? hc.startIntervalNanos() : 0;
        int retries = hc.retries() > 0 ? hc.retries() : HealthTimeline.DEFAULT_RETRIES;
        List<HealthStep> steps = HealthTimeline.replay(h.log(), retries, hc.startPeriodNanos(), d.state().startedAt(),
                h.status(), h.failingStreak());
        String next = d.state().running() ? HealthTimeline.nextDue(h.log(), h.status(), interval, startInterval) : "";
        HealthCheckFact explanation = explanation(h, retries, interval, timeout, hc.startPeriodNanos(),
                d.state().running());
        return new HealthReport(d.id(), d.name(), true, source, hc.test(), interval, timeout, hc.startPeriodNanos(),
                startInterval, retries, d.state().status(), h.status(), h.failingStreak(), steps,
                h.log().size() < HealthTimeline.KEPT, next, explanation, whatItDoes(),
                new SuggestionFact(SuggestionFact.Kind.NONE, ""), CONCEPTS);
    }

    private ImageData.RawConfig imageConfig(String imageId) {
        try {
            return engine.image(imageId).config();
        } catch (DockscopeException e) {
            if (e.exitCode() == ExitCode.NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    static HealthCheckFact unchecked(boolean disabled) {
        return HealthCheckFact.unchecked(disabled);
    }

    static HealthCheckFact explanation(ContainerDetails.Health h, int retries, long interval, long timeout,
                                       long startPeriod, boolean running) {
        return new HealthCheckFact(HealthCheckFact.Kind.CHECKED, h.status(), h.failingStreak(), retries, interval,
                timeout, startPeriod, running);
    }

    static List<EffectFact> whatItDoes() {
        return List.of(new EffectFact(EffectFact.Kind.ONLY_RECORDED), new EffectFact(EffectFact.Kind.COMPOSE_WAITS),
                new EffectFact(EffectFact.Kind.ORCHESTRATORS));
    }

    /** A HEALTHCHECK line that fits the container: a web probe on its first exposed TCP port, else its process. */
    static SuggestionFact suggestion(ContainerDetails d) {
        for (String p : d.config().exposedPorts()) {
            if (p.endsWith("/tcp")) {
                String port = p.substring(0, p.indexOf('/'));
                return new SuggestionFact(SuggestionFact.Kind.WEB_PROBE, port);
            }
        }
        List<String> cmd = d.config().cmd() != null && !d.config().cmd().isEmpty() ? d.config().cmd() : List.of(d.path());
        List<String> run = d.config().entrypoint() != null && !d.config().entrypoint().isEmpty()
                ? d.config().entrypoint() : cmd;
        String first = run.isEmpty() ? "" : run.get(0);
        String base = first.substring(first.lastIndexOf('/') + 1);
        if (base.isEmpty() || base.equals("sh") || base.equals("bash")) {
            return new SuggestionFact(SuggestionFact.Kind.READY_FILE, "");
        }
        return new SuggestionFact(SuggestionFact.Kind.PROCESS, base);
    }
}
