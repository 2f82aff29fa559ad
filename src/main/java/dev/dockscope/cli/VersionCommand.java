package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.daemon.EndpointInfo;
import dev.dockscope.model.daemon.VersionReport;
import dev.dockscope.render.text.VersionTextRenderer;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope version}; its model is written out by hand ({@link #model}), no annotations read. */
public final class VersionCommand extends BaseCommand {

    public VersionCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "version", "Show dockscope's version, the daemon's version and API version, and "
                + "which endpoint was used and why.");
        return spec;
    }

    @Override
    protected ExitCode run(Session session) {
        VersionReport report = report(session, false);
        if (session.json()) {
            session.printJson(report);
        } else {
            session.print(new VersionTextRenderer(session.palette(), session.width()).render(report));
        }
        return ExitCode.OK;
    }

    /**
     * The one way the version report is made. {@code lenient} (for {@code --version}): a daemon that cannot be asked
     * is reported in the output instead of failing the run.
     */
    static VersionReport report(Session session, boolean lenient) {
        List<String> concepts = List.of(Concept.RUNTIME.slug());
        try {
            return new VersionReport(VersionReport.Client.current(), session.endpoint().info(),
                    session.engine().version(), null, concepts);
        } catch (DockscopeException e) {
            if (!lenient) {
                throw e;
            }
            EndpointInfo endpoint;
            try {
                endpoint = session.endpoint().info();
            } catch (DockscopeException unresolved) {
                endpoint = null;
            }
            return new VersionReport(VersionReport.Client.current(), endpoint, null, e.getMessage(), concepts);
        }
    }
}
