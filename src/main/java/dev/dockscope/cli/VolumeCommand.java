package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.explain.VolumeExplainer;
import dev.dockscope.model.volume.VolumeReport;
import dev.dockscope.render.text.volume.VolumeTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "volume", addMethodSubcommands = false, description = {
    "Your volumes: driver, size, the containers (running or stopped) that mount them and where, which are dangling,",
    "anonymous or from a Compose project; bind mounts and tmpfs mounts in use. With NAME: mountpoint, options,",
    "labels, size, every user, and what happens to the data on docker rm, rm -v, compose down, down -v and prune."})
public final class VolumeCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A volume name.")
    String name;

    public VolumeCommand(Io io) {
        super(io);
    }

    @Override
    protected ExitCode run(Session session) {
        VolumeExplainer explainer = new VolumeExplainer(session.engine());
        VolumeTextRenderer text = new VolumeTextRenderer(session.palette(), session.width());
        Object model = name == null ? explainer.list() : explainer.one(name);
        if (session.json()) {
            session.printJson(model);
        } else if (model instanceof VolumeReport.Overview o) {
            session.print(text.render(o));
        } else {
            session.print(text.render((VolumeReport.View) model));
        }
        return ExitCode.OK;
    }
}
