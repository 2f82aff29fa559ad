package dev.dockscope.cli.docs;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** A small hand-made command tree for the generator tests: nesting, enums, paths, quotes and a hidden command. */
final class SampleCommands {
    private SampleCommands() {
    }

    enum Level { info, warning, error }

    @Command(name = "tool", description = "A sample tool.", subcommands = {Check.class, Remote.class, Secret.class,
            CommandLine.HelpCommand.class}, footer = {"%nEnvironment:%n  TOOL_HOME   where it's kept%n  NO_COLOR    never colour"})
    static final class Root implements Callable<Integer> {
        @Option(names = {"-v", "--verbose"}, description = "Say more.")
        boolean verbose;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "check", description = {"Check a Dockerfile. Prints findings.", ".dot starts this line"})
    static final class Check implements Callable<Integer> {
        @Option(names = {"-f", "--fail-on"}, paramLabel = "LEVEL", description = "Fail at or above (default: ${DEFAULT-VALUE}).",
                defaultValue = "error")
        Level failOn;

        @Option(names = "--config", paramLabel = "FILE", description = "Rules file, e.g. 'strict.yaml' or C:\\rules.")
        Path config;

        @Option(names = "--label", paramLabel = "KEY=VALUE", description = "Extra label.")
        String label;

        @Parameters(paramLabel = "DOCKERFILE", arity = "0..*", description = "Dockerfiles to check.")
        java.util.List<Path> files;

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "remote", description = "Manage remotes.", subcommands = Remote.Add.class)
    static final class Remote implements Callable<Integer> {
        @Command(name = "add", description = "Add a remote.")
        static final class Add implements Callable<Integer> {
            @Option(names = "--name", description = "Its name.")
            String name;

            @Override
            public Integer call() {
                return 0;
            }
        }

        @Override
        public Integer call() {
            return 0;
        }
    }

    @Command(name = "secret", hidden = true, description = "Hidden.")
    static final class Secret implements Callable<Integer> {
        @Override
        public Integer call() {
            return 0;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Root());
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        codes.put("  0", "ok");
        codes.put("  2", "usage error");
        cl.getCommandSpec().usageMessage().exitCodeListHeading("Exit codes:%n").exitCodeList(codes);
        return cl;
    }
}
