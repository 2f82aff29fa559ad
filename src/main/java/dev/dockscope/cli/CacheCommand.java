package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.lint.DockerfileSource;
import dev.dockscope.lint.LintRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cache", addMethodSubcommands = false, description = {
    "What rebuilds when files change: which steps of which stage lose their build cache, and the order that "
        + "rebuilds less. The same as dockscope lint DOCKERFILE --changed PATH….",
    "With --image REF (an image built from this Dockerfile), also how many bytes of layers would be rebuilt."})
public final class CacheCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DOCKERFILE", description = "The Dockerfile (- for stdin).")
    String dockerfile;

    @Option(names = "--changed", paramLabel = "PATH", arity = "1..*", required = true,
            description = "Files that changed (relative to the current folder or the build context).")
    List<String> changed;

    @Option(names = "--image", paramLabel = "REF", description = "The image built from this Dockerfile.")
    String image;

    public CacheCommand(Io io) {
        super(io);
    }

    @Override
    protected ExitCode run(Session session) {
        LintRun.Input in;
        if (dockerfile.equals("-")) {
            in = new LintRun.Input("-", DockerfileSource.read(io.in(), "stdin"), null);
        } else {
            Path p = Path.of(dockerfile);
            if (Files.isDirectory(p)) {
                p = p.resolve("Dockerfile");
            }
            in = new LintRun.Input(p.toString(), DockerfileSource.read(p), p);
        }
        return Rebuilds.show(session, in, changed, image, false);
    }
}
