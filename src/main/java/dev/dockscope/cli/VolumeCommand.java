package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.explain.VolumeExplainer;
import dev.dockscope.model.volume.VolumeReport;
import dev.dockscope.render.text.volume.VolumeTextRenderer;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope volume}; its model is written out by hand ({@link #model}), no annotations read. */
public final class VolumeCommand extends BaseCommand {
    String name;

    public VolumeCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "volume",
                "Your volumes: driver, size, the containers (running or stopped) that mount them and where, which are dangling,",
                "anonymous or from a Compose project; bind mounts and tmpfs mounts in use. With NAME: mountpoint, options,",
                "labels, size, every user, and what happens to the data on docker rm, rm -v, compose down, down -v and prune.");
        spec.addPositional(Model.positional(String.class, v -> name = v, () -> name).index("0").arity("0..1")
                .paramLabel("NAME").description("A volume name.").build());
        return spec;
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
