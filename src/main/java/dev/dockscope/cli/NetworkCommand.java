package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.explain.NetworkExplainer;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.render.text.network.NetworkTextRenderer;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope network}; its model is written out by hand ({@link #model}), no annotations read. */
public final class NetworkCommand extends BaseCommand {
    String name;

    public NetworkCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "network",
                "Your networks: driver, scope, subnets, gateway, flags and how many containers each has; the built-in bridge,",
                "host and none in one line each. With NAME: the network drawn from its real objects: the bridge interface, each",
                "container with its IP, MAC and aliases on its own veth, published ports, name resolution and the way out.");
        spec.addPositional(Model.positional(String.class, v -> name = v, () -> name).index("0").arity("0..1")
                .paramLabel("NAME").description("A network name or id.").build());
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        NetworkExplainer explainer = new NetworkExplainer(session.engine());
        NetworkTextRenderer text = new NetworkTextRenderer(session.palette(), session.width());
        if (name == null) {
            NetworkReport.Overview o = explainer.list();
            if (session.json()) {
                session.printJson(o);
            } else {
                session.print(text.render(o));
            }
        } else {
            NetworkReport.View v = explainer.one(name);
            if (session.json()) {
                session.printJson(v);
            } else {
                session.print(text.render(v));
            }
        }
        return ExitCode.OK;
    }
}
