package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.explain.ContainerExplainer;
import dev.dockscope.model.container.ContainerReport;
import dev.dockscope.render.text.ContainerTextRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope container}; its model is written out by hand ({@link #model}), no annotations read. */
public final class ContainerCommand extends BaseCommand {
    List<String> names = new ArrayList<>();

    public ContainerCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "container",
                "Without a name: every container, running first, with its state in words, health, age, limits and ports, and",
                "which deserve a look. With names (or id prefixes): what each is (image and writable layer, state and exit code",
                "explained, what it changed), its runtime chain and processes, its namespaces and cgroup limits against live",
                "usage, its mounts and what survives docker rm, its networks and ports, its security settings, and its health.");
        spec.addPositional(Model.positionals(String.class, v -> names = v, () -> names).arity("0..*").paramLabel("NAME")
                .description("Container names or id prefixes.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        ContainerExplainer explainer = new ContainerExplainer(session.engine());
        ContainerTextRenderer text = new ContainerTextRenderer(session.palette(), session.width(), Instant.now());
        if (names.isEmpty()) {
            var list = explainer.list();
            if (session.json()) {
                session.printJson(list);
            } else {
                session.print(text.renderList(list));
            }
            return ExitCode.OK;
        }
        List<ContainerReport> reports = new ArrayList<>();
        for (String n : names) {
            reports.add(explainer.explain(n));
        }
        if (session.json()) {
            session.printJson(reports.size() == 1 ? reports.get(0) : reports);
        } else {
            StringBuilder b = new StringBuilder();
            for (ContainerReport r : reports) {
                b.append(b.length() == 0 ? "" : "\n").append(text.render(r));
            }
            session.print(b.toString());
        }
        return ExitCode.OK;
    }
}
