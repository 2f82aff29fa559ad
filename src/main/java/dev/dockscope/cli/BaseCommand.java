package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.StartupTrace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every command: the global options (the root's, inherited by every subcommand), a {@link Session}, an exit code. */
public abstract class BaseCommand implements Callable<Integer> {
    /** {@code -h/--help} of the commands whose model picocli reads from annotations ({@link #model} adds its own). */
    @picocli.CommandLine.Mixin
    HelpOption helpOption = new HelpOption();

    @Spec
    protected CommandSpec spec;

    protected final Io io;

    protected BaseCommand(Io io) {
        this.io = io;
    }

    /** The run's global options: set wherever they stood on the command line, before or after the command name. */
    GlobalOptions global() {
        CommandSpec s = spec;
        while (s.parent() != null) {
            s = s.parent();
        }
        if (s.userObject() instanceof RootCommand root) {
            return root.options;
        }
        throw new IllegalStateException("command " + spec.qualifiedName() + " is not under the dockscope root");
    }

    @Override
    public final Integer call() throws Exception {
        StartupTrace.mark("parsed");
        try (Session session = new Session(io, global())) {
            StartupTrace.mark("session");
            int code = run(session).code();
            StartupTrace.mark("command run");
            return code;
        }
    }

    protected abstract ExitCode run(Session session) throws Exception;

    /**
     * This command's picocli model, written out by hand ({@link Model}) and bound to this object, or null when
     * picocli is to read it from the annotations. Sets {@link #spec}, as picocli's {@code @Spec} injection would.
     */
    CommandSpec model() {
        return null;
    }
}
