package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.VersionProvider;
import dev.dockscope.docker.EndpointResolver;
import picocli.CommandLine.Command;

@Command(name = "plugin", addMethodSubcommands = false, description = {
    "`docker scope …` as a Docker CLI plugin: install puts docker-scope into $DOCKER_CONFIG/cli-plugins/ (default",
    "~/.docker/cli-plugins/); then `docker scope image myapp`, `docker scope lint`, `docker --context x scope …` run",
    "dockscope with the host, context, config folder and TLS options the docker CLI was given. Without a subcommand:",
    "whether it is installed and what it runs."},
        subcommands = {PluginCommand.Install.class, PluginCommand.Uninstall.class})
public final class PluginCommand extends BaseCommand {
    public PluginCommand(Io io) {
        super(io);
    }

    /** The model both views use: where the plugin is, whether it is there, and what it runs. */
    public record Status(String path, boolean installed, String runs, String action) {
    }

    static DockerCliPlugin plugin(Io io) {
        return new DockerCliPlugin(new EndpointResolver(io.env()).configDir());
    }

    static ExitCode show(Session session, Status status) {
        if (session.json()) {
            session.printJson(status);
        } else if (status.installed()) {
            session.print((status.action().equals("installed") ? "installed " : "") + status.path()
                    + (status.action().equals("installed") ? "" : " is installed") + "\n  runs " + status.runs()
                    + "\n  try: docker scope version · docker scope image REF · docker scope lint Dockerfile");
        } else {
            session.print((status.action().equals("uninstalled") ? "removed " + status.path()
                    : "not installed (" + status.path() + " is absent)") + "\n  dockscope plugin install adds it");
        }
        return ExitCode.OK;
    }

    @Override
    protected ExitCode run(Session session) {
        DockerCliPlugin plugin = plugin(io);
        String runs = plugin.installedCommand();
        return show(session, new Status(plugin.path().toString(), runs != null, runs, "none"));
    }

    @Command(name = "install", addMethodSubcommands = false,
            description = "Install docker-scope, the Docker CLI plugin that runs this dockscope.")
    public static final class Install extends BaseCommand {
        public Install(Io io) {
            super(io);
        }

        @Override
        protected ExitCode run(Session session) {
            DockerCliPlugin plugin = plugin(io);
            String runs = plugin.install(VersionProvider.version(), DockerCliPlugin.command(io));
            return show(session, new Status(plugin.path().toString(), true, runs, "installed"));
        }
    }

    @Command(name = "uninstall", addMethodSubcommands = false,
            description = "Remove docker-scope from $DOCKER_CONFIG/cli-plugins/.")
    public static final class Uninstall extends BaseCommand {
        public Uninstall(Io io) {
            super(io);
        }

        @Override
        protected ExitCode run(Session session) {
            DockerCliPlugin plugin = plugin(io);
            boolean removed = plugin.uninstall();
            return show(session, new Status(plugin.path().toString(), false, null, removed ? "uninstalled" : "none"));
        }
    }
}
