package dev.dockscope;

import dev.dockscope.cli.CommandFactory;
import dev.dockscope.cli.DockerPluginArgs;
import dev.dockscope.cli.Io;
import dev.dockscope.cli.Wiring;
import dev.dockscope.explain.LintInsight;
import dev.dockscope.explain.LiveFinders;
import java.io.PrintStream;
import java.util.function.Function;
import picocli.CommandLine;

/** Entry point for main and for every test: builds the command line and runs it. */
public final class Dockscope {
    private Dockscope() {
    }

    /** Runs dockscope; stdout and stderr count as terminals only when they are the process's own and a console. */
    public static int run(PrintStream out, PrintStream err, Function<String, String> env, String... args) {
        boolean console = System.console() != null;
        Io io = new Io(out, err, env, console && out == System.out, console && err == System.err, System.in);
        return run(io, args);
    }

    public static int run(Io io, String... args) {
        StartupTrace.mark("run");
        if (io.env("DOCKSCOPE_DOCKER_PLUGIN") != null) {
            // run as `docker scope …`: docker's own global options come first (see DockerPluginArgs)
            DockerPluginArgs.Translated t;
            try {
                t = DockerPluginArgs.translate(args);
            } catch (DockscopeException e) {
                io.err().println("docker scope: " + e.getMessage());
                return e.exitCode().code();
            }
            Function<String, String> env = t.apply(io.env());
            io = new Io(io.out(), io.err(), name -> name.equals("DOCKSCOPE_DOCKER_PLUGIN") ? null : env.apply(name),
                    io.outIsTty(), io.errIsTty(), io.in());
            args = t.args().toArray(String[]::new);
        }
        try {
            CommandLine cmd = CommandFactory.commandLine(io, wiring(), args);
            StartupTrace.mark("command line built");
            return cmd.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli passes Errors through; the stack has unwound, so the heap is free again for one line
            boolean oom = e instanceof OutOfMemoryError;
            io.err().println("dockscope: " + (oom ? "out of memory" : "stack overflow") + " (internal error, exit 70)."
                    + " Raise the heap with JAVA_OPTS=-Xmx… and please report the input that caused it.");
            io.err().flush();
            return ExitCode.INTERNAL.code();
        }
    }

    /** The one place that picks the implementations the commands use. */
    public static Wiring wiring() {
        return new Wiring(() -> LiveFinders.all(new LintInsight()));
    }
}
