package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.docker.RuntimeReader;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.render.text.RuntimeTextRenderer;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope runtime}; its model is written out by hand ({@link #model}), no annotations read. */
public final class RuntimeCommand extends BaseCommand {
    public RuntimeCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "runtime",
                "The runtime chain on your daemon: client, dockerd, containerd, the shim, runc and PID 1, with their versions;",
                "the storage, cgroup, runtime and logging drivers; security options; and what images, containers, volumes and",
                "the build cache take on disk.");
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        RuntimeInfo info = new RuntimeReader(session.daemon()).read();
        if (session.json()) {
            session.printJson(info);
        } else {
            session.print(new RuntimeTextRenderer(session.palette(), session.width()).render(info));
        }
        return ExitCode.OK;
    }
}
