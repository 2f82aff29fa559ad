package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.StartupTrace;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The one place that assembles the command line, used by main and by every test. */
public final class CommandFactory {
    static final String ENVIRONMENT_FOOTER = String.join("%n",
            "",
            "Environment:",
            "  DOCKER_HOST        daemon address (unix:///…, tcp://… or ssh://…); beats contexts",
            "  DOCKER_CONTEXT     Docker context name; beats the current context",
            "  DOCKER_CONFIG      Docker CLI config folder (default ~/.docker)",
            "  DOCKER_TLS_VERIFY  use TLS and verify the daemon (with DOCKER_CERT_PATH)",
            "  DOCKER_CERT_PATH   folder with ca.pem, cert.pem and key.pem",
            "  NO_COLOR           when set, never colour",
            "  JAVA_OPTS          extra JVM options for the ./dockscope launcher");

    private CommandFactory() {
    }

    public static CommandLine commandLine(Io io, Wiring wiring, String... args) {
        String only = invokedSubcommand(args);
        Prewarm.forCommand(only); // on the second core, while this thread builds the model
        Factory factory = new Factory(io, wiring);
        CommandSpec rootSpec = new RootCommand(io).model();
        StartupTrace.mark("root spec");
        CommandLine cmd = new CommandLine(rootSpec, factory);
        StartupTrace.mark("root model");
        // building picocli's model of a command costs milliseconds: a run that names its command gets only that one
        for (String name : RootCommand.SUBCOMMANDS) {
            if (only == null || only.equals(name)) {
                try {
                    Object command = RootCommand.create(name, io, wiring);
                    CommandSpec model = command instanceof BaseCommand b ? b.model() : null;
                    cmd.addSubcommand(name, new CommandLine(model != null ? model : command, factory));
                } catch (Exception ex) {
                    throw new IllegalStateException("cannot create the " + name + " command", ex);
                }
            }
        }
        StartupTrace.mark("subcommand models");
        ErrorReporter reporter = new ErrorReporter(io, args);
        cmd.setOut(new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), true));
        cmd.setErr(new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true));
        cmd.setExecutionExceptionHandler(reporter);
        cmd.setParameterExceptionHandler(reporter);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setUsageHelpAutoWidth(false);
        cmd.setUsageHelpWidth(100);
        cmd.setColorScheme(CommandLine.Help.defaultColorScheme(
                io.outIsTty() && io.env("NO_COLOR") == null ? CommandLine.Help.Ansi.AUTO : CommandLine.Help.Ansi.OFF));
        Map<String, String> exitCodes = exitCodeList();
        applyToAll(cmd, exitCodes);
        return cmd;
    }

    /** Root options that take a value, to skip while looking for the command name. */
    static final java.util.Set<String> VALUED = java.util.Set.of("-H", "--host", "-c", "--context", "-o",
            "--output", "--color", "--width", "--timeout");

    /**
     * The subcommand this run names (its first positional word), or null when it names none or asks for the root's
     * help, in which case every subcommand is registered.
     */
    static String invokedSubcommand(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                return null;
            }
            if (a.startsWith("-")) {
                if (VALUED.contains(a)) {
                    i++;
                }
                continue;
            }
            return RootCommand.SUBCOMMANDS.contains(a) && !a.equals("help") ? a : null;
        }
        return null;
    }

    static Map<String, String> exitCodeList() {
        Map<String, String> m = new LinkedHashMap<>();
        for (ExitCode c : ExitCode.values()) {
            // right-aligned in three columns, without String.format: its first use loads the locale's number
            // formats, about a seventh of building the whole command line (bench/README.md)
            String code = Integer.toString(c.code());
            m.put("   ".substring(Math.min(3, code.length())) + code, c.meaning());
        }
        return m;
    }

    private static void applyToAll(CommandLine cmd, Map<String, String> exitCodes) {
        cmd.getCommandSpec().usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(exitCodes)
                .footer(ENVIRONMENT_FOOTER);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            applyToAll(sub, exitCodes);
        }
    }

    /** Creates commands with the run's {@link Io}. */
    private static final class Factory implements CommandLine.IFactory {
        private final Io io;
        private final Wiring wiring;

        Factory(Io io, Wiring wiring) {
            this.io = io;
            this.wiring = wiring;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            try {
                return cls.getDeclaredConstructor(Io.class, Wiring.class).newInstance(io, wiring);
            } catch (NoSuchMethodException e) {
                try {
                    return cls.getDeclaredConstructor(Io.class).newInstance(io);
                } catch (NoSuchMethodException e2) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        }
    }
}
