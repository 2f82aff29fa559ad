package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.model.OverviewReport;
import dev.dockscope.model.daemon.VersionReport;
import dev.dockscope.render.text.OverviewTextRenderer;
import dev.dockscope.render.text.VersionTextRenderer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root: without a command, the overview. Its model is written out by hand ({@link #model}): picocli's reading of
 * annotations was the largest single piece of a small run's start-up.
 */
public final class RootCommand extends BaseCommand {
    /**
     * Every subcommand, in help order (registered by {@link CommandFactory}): its name and how to make it.
     * Constructors, not classes: picocli's factory makes an object of a class by reflection, and on JDK 22+ the first
     * reflective construction of a run generates method-handle code at run time (the ClassFile API, interpreted:
     * milliseconds of every run, and never in the start-up archive).
     */
    static final Map<String, BiFunction<Io, Wiring, Object>> SUBCOMMANDS = subcommands();

    private static Map<String, BiFunction<Io, Wiring, Object>> subcommands() {
        Map<String, BiFunction<Io, Wiring, Object>> m = new LinkedHashMap<>();
        m.put("image", (io, w) -> new ImageCommand(io));
        m.put("container", (io, w) -> new ContainerCommand(io));
        m.put("health", (io, w) -> new HealthCommand(io));
        m.put("version", (io, w) -> new VersionCommand(io));
        m.put("tour", TourCommand::new);
        m.put("lint", (io, w) -> new LintCommand(io));
        m.put("cache", (io, w) -> new CacheCommand(io));
        m.put("runtime", (io, w) -> new RuntimeCommand(io));
        m.put("network", (io, w) -> new NetworkCommand(io));
        m.put("volume", (io, w) -> new VolumeCommand(io));
        m.put("compose", (io, w) -> new ComposeCommand(io));
        m.put("learn", LearnCommand::new);
        m.put("plugin", (io, w) -> new PluginCommand(io));
        m.put("help", (io, w) -> new picocli.CommandLine.HelpCommand());
        return Collections.unmodifiableMap(m);
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
