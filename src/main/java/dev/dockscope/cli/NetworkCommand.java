package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.explain.NetworkExplainer;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.render.text.network.NetworkTextRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "network", addMethodSubcommands = false, description = {
    "Your networks: driver, scope, subnets, gateway, flags and how many containers each has; the built-in bridge,",
    "host and none in one line each. With NAME: the network drawn from its real objects: the bridge interface, each",
    "container with its IP, MAC and aliases on its own veth, published ports, name resolution and the way out."})
public final class NetworkCommand extends BaseCommand {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A network name or id.")
    String name;

    public NetworkCommand(Io io) {
        super(io);
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
