package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every command: the global options, a {@link Session}, and an exit code. */
public abstract class BaseCommand implements Callable<Integer> {
    @Mixin
    protected GlobalOptions global = new GlobalOptions();

    @Spec
    protected CommandSpec spec;

    protected final Io io;

    protected BaseCommand(Io io) {
        this.io = io;
    }

    @Override
    public final Integer call() throws Exception {
        try (Session session = new Session(io, global)) {
            return run(session).code();
        }
    }

    protected abstract ExitCode run(Session session) throws Exception;
}
