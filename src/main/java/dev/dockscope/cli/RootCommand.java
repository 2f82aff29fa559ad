package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.model.OverviewReport;
import dev.dockscope.model.daemon.VersionReport;
import dev.dockscope.render.text.OverviewTextRenderer;
import dev.dockscope.render.text.VersionTextRenderer;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root: without a command, the overview. Its model is written out by hand ({@link #model}): picocli's reading of
 * annotations was the largest single piece of a small run's start-up.
 */
public final class RootCommand extends BaseCommand {
    /** Every subcommand, in help order (registered by {@link CommandFactory}). */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("image", ImageCommand.class);
        m.put("container", ContainerCommand.class);
        m.put("health", HealthCommand.class);
        m.put("version", VersionCommand.class);
        m.put("tour", TourCommand.class);
        m.put("lint", LintCommand.class);
        m.put("cache", CacheCommand.class);
        m.put("runtime", RuntimeCommand.class);
        m.put("network", NetworkCommand.class);
        m.put("volume", VolumeCommand.class);
        m.put("compose", ComposeCommand.class);
        m.put("learn", LearnCommand.class);
        m.put("plugin", PluginCommand.class);
        m.put("help", picocli.CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
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
