package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.explain.HealthExplainer;
import dev.dockscope.model.container.HealthReport;
import dev.dockscope.render.text.HealthTextRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope health}; its model is written out by hand ({@link #model}), no annotations read. */
public final class HealthCommand extends BaseCommand {
    List<String> names = new ArrayList<>();

    boolean watch;

    int interval;

    /** For tests: stop after this many refreshes. */
    int watchCount;

    public HealthCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "health",
                "Without a name: every container with a health check, unhealthy first, with its failing streak; the others",
                "counted. With names: the HEALTHCHECK (from the image or set at run), the recorded probes as a timeline with the",
                "transitions starting, healthy and unhealthy explained against the retries rule, when the next probe is due, and",
                "what unhealthy does and does not do. Without a check: a HEALTHCHECK line that would fit.");
        spec.addPositional(Model.positionals(String.class, v -> names = v, () -> names).arity("0..*").paramLabel("NAME")
                .description("Container names or id prefixes.").build());
        spec.addOption(Model.flag(v -> watch = v, () -> watch, "--watch")
                .description("Refresh every --interval seconds until interrupted (Ctrl-C).").build());
        spec.addOption(Model.option(int.class, v -> interval = v, () -> interval, "--interval").paramLabel("SECONDS")
                .defaultValue("2").description("Seconds between refreshes with --watch (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(Model.option(int.class, v -> watchCount = v, () -> watchCount, "--watch-count")
                .paramLabel("<watchCount>").hidden(true).defaultValue("0").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) throws InterruptedException {
        if (watch && session.json()) {
            throw DockscopeException.usage("--watch draws text; use -o json without --watch for one document");
        }
        if (interval < 1) {
            throw DockscopeException.usage("--interval must be at least 1 second");
        }
        HealthExplainer explainer = new HealthExplainer(session.engine());
        if (!watch) {
            once(session, explainer, false);
            return ExitCode.OK;
        }
        boolean tty = session.io().outIsTty();
        for (int i = 0; watchCount == 0 || i < watchCount; i++) {
            if (i > 0) {
                Thread.sleep(interval * 1000L);
            }
            once(session, explainer, tty);
        }
        return ExitCode.OK;
    }

    private void once(Session session, HealthExplainer explainer, boolean clear) {
        HealthTextRenderer text = new HealthTextRenderer(session.palette(), session.width(), Instant.now());
        Object model;
        String rendered;
        if (names.isEmpty()) {
            var list = explainer.list();
            model = list;
            rendered = text.renderList(list);
        } else {
            List<HealthReport> reports = new ArrayList<>();
            StringBuilder b = new StringBuilder();
            for (String n : names) {
                HealthReport r = explainer.explain(n);
                reports.add(r);
                b.append(b.length() == 0 ? "" : "\n").append(text.render(r));
            }
            model = reports.size() == 1 ? reports.get(0) : reports;
            rendered = b.toString();
        }
        if (session.json()) {
            session.printJson(model);
        } else {
            // on a terminal: home the cursor and clear, so each refresh replaces the last (nothing to restore on Ctrl-C)
            session.print((clear ? "\u001b[H\u001b[2J" : watch ? "\n" : "") + rendered);
        }
    }
}
