package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.explain.ComposeExplainer;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.render.text.compose.ComposeTextRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope compose}; its model is written out by hand ({@link #model}), no annotations read. */
public final class ComposeCommand extends BaseCommand {
    String project;

    List<Path> files = new ArrayList<>();

    Path directory;

    List<String> profiles = new ArrayList<>();

    String projectName;

    public ComposeCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "compose",
                "Your Compose projects, rebuilt from the labels on containers, networks and volumes: each service with its",
                "containers, image, state, health, ports, networks and volumes, and the depends_on graph in layers. Without",
                "PROJECT: the list of projects. With -f (or --project-directory): the project declared in the files, interpolated",
                "and merged as Compose does, compared with the running project of the same name, with findings.",
                "Exit 2 when a file cannot be read or Compose would refuse it (error findings).");
        spec.addPositional(Model.positional(String.class, v -> project = v, () -> project).index("0").arity("0..1")
                .paramLabel("PROJECT").description("A project name (com.docker.compose.project).").build());
        spec.addOption(Model.listOption(Path.class, v -> files = v, () -> files, "-f", "--file").paramLabel("FILE")
                .description("A compose file; repeat to merge several in order, as Compose does.").build());
        spec.addOption(Model.option(Path.class, v -> directory = v, () -> directory, "--project-directory")
                .paramLabel("DIR")
                .description("Read the default compose files (compose.yaml, docker-compose.yml…) and .env from DIR.")
                .build());
        spec.addOption(Model.listOption(String.class, v -> profiles = v, () -> profiles, "--profile").paramLabel("NAME")
                .description("Enable a profile (repeatable; also COMPOSE_PROFILES).").build());
        spec.addOption(Model.option(String.class, v -> projectName = v, () -> projectName, "-p", "--project-name")
                .paramLabel("NAME").description("The project name for the files.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        ComposeExplainer explainer = new ComposeExplainer(() -> session.engine());
        ComposeTextRenderer text = new ComposeTextRenderer(session.palette(), session.width());
        boolean fromFiles = !files.isEmpty() || directory != null;
        ComposeReport report = fromFiles
                ? explainer.fromFiles(directory != null ? directory : Path.of("").toAbsolutePath(), files,
                        session.io()::env, new LinkedHashSet<>(profiles), projectName != null ? projectName : project)
                : explainer.fromDaemon(project);
        if (session.json()) {
            session.printJson(report);
        } else {
            session.print(fromFiles || project != null ? text.project(report) : text.list(report));
        }
        boolean refused = report.projects().stream().flatMap(p -> p.findings().stream())
                .anyMatch(f -> f.severity() == ComposeReport.Severity.ERROR);
        return refused ? ExitCode.USAGE : ExitCode.OK;
    }
}
