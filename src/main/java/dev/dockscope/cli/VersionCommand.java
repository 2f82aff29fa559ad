package dev.dockscope.cli;

import dev.dockscope.concepts.Concept;
import dev.dockscope.docker.DaemonModels;
import dev.dockscope.docker.Endpoint;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.render.text.VersionTextRenderer;
import java.util.List;
import picocli.CommandLine.Command;

@Command(name = "version", description = "Show dockscope's version, the daemon's version and API version, and which endpoint was used and why.")
public final class VersionCommand extends BaseCommand {

    public VersionCommand(Io io) {
        super(io);
    }

    @Override
    protected ExitCode run(Session session) {
        Endpoint endpoint = session.endpoint();
        DaemonVersion daemon = DaemonModels.version(session.daemon().version());
        Report report = new Report(Client.current(), endpoint, daemon, null, List.of(Concept.RUNTIME.slug()));
        if (session.json()) {
            session.printJson(report);
        } else {
            session.print(new VersionTextRenderer(session.palette(), session.width()).render(report));
        }
        return ExitCode.OK;
    }

    /** The model both renderers use. {@code daemonError} is set (and {@code daemon} null) only for --version. */
    public record Report(Client client, Endpoint endpoint, DaemonVersion daemon, String daemonError,
                         List<String> concepts) {
    }

    public record Client(String version, String javaVersion, String os, String arch) {
        public static Client current() {
            return new Client(VersionProvider.version(), System.getProperty("java.version"),
                    System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT), System.getProperty("os.arch"));
        }
    }
}
