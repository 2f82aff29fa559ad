package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.model.OverviewReport;
import dev.dockscope.model.daemon.VersionReport;
import dev.dockscope.render.text.OverviewTextRenderer;
import dev.dockscope.render.text.VersionTextRenderer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root: without a command, the overview. Its model is written out by hand ({@link #model}): picocli's reading of
 * annotations was the largest single piece of a small run's start-up.
 */
public final class RootCommand extends BaseCommand {
    /** Every subcommand's name, in help order (registered by {@link CommandFactory}, made by {@link #create}). */
    static final Set<String> SUBCOMMANDS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of("image",
            "container", "health", "version", "tour", "lint", "cache", "runtime", "network", "volume", "compose", "learn",
            "plugin", "help")));

    /**
     * The subcommand {@code name}, made by its constructor. Not by picocli's factory, which makes an object of a class
     * by reflection: on JDK 22+ the first reflective construction of a run generates method-handle code at run time
     * (the ClassFile API, interpreted: milliseconds of every run, and never in the start-up archive). Not a map of
     * lambdas either: on JDK 17 each lambda is linked at start-up.
     */
    static Object create(String name, Io io, Wiring wiring) {
        return switch (name) {
            case "image" -> new ImageCommand(io);
            case "container" -> new ContainerCommand(io);
            case "health" -> new HealthCommand(io);
            case "version" -> new VersionCommand(io);
            case "tour" -> new TourCommand(io, wiring);
            case "lint" -> new LintCommand(io);
            case "cache" -> new CacheCommand(io);
            case "runtime" -> new RuntimeCommand(io);
            case "network" -> new NetworkCommand(io);
            case "volume" -> new VolumeCommand(io);
            case "compose" -> new ComposeCommand(io);
            case "learn" -> new LearnCommand(io, wiring);
            case "plugin" -> new PluginCommand(io);
            case "help" -> new picocli.CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    final GlobalOptions options = new GlobalOptions();

    boolean version;

    public RootCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "dockscope",
                "Explains Docker with your own images, containers, networks and volumes, and lints Dockerfiles for CI.",
                "Every explanation links to a concept card: dockscope learn CARD.",
                "Without a command: your Docker host at a glance and what to try next (dockscope tour walks through it).");
        spec.usageMessage().synopsisSubcommandLabel("[COMMAND]");
        options.addTo(spec);
        spec.addOption(Model.flag(v -> version = v, () -> version, "-V", "--version")
                .description("Print dockscope's version and the daemon's, then exit.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        if (version) {
            return printVersion(session);
        }
        OverviewReport overview = Overview.build(session);
        if (session.json()) {
            session.printJson(overview);
        } else {
            session.print(new OverviewTextRenderer(session.palette(), session.width()).render(overview));
        }
        return ExitCode.OK;
    }

    /** Like {@code dockscope version}, but a missing daemon is reported in the output, not as a failure. */
    private ExitCode printVersion(Session session) {
        VersionReport report = VersionCommand.report(session, true);
        if (session.json()) {
            session.printJson(report);
        } else {
            session.print(new VersionTextRenderer(session.palette(), session.width()).render(report));
        }
        return ExitCode.OK;
    }
}
