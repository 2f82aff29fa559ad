package dev.dockscope.cli;

import dev.dockscope.ExitCode;
import dev.dockscope.lint.DockerfileSource;
import dev.dockscope.lint.LintRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockscope cache}; its model is written out by hand ({@link #model}), no annotations read. */
public final class CacheCommand extends BaseCommand {
    String dockerfile;

    List<String> changed;

    String image;

    public CacheCommand(Io io) {
        super(io);
    }

    @Override
    CommandSpec model() {
        spec = Model.command(this, "cache",
                "What rebuilds when files change: which steps of which stage lose their build cache, and the order that "
                        + "rebuilds less. The same as dockscope lint DOCKERFILE --changed PATH….",
                "With --image REF (an image built from this Dockerfile), also how many bytes of layers would be rebuilt.");
        spec.addPositional(Model.positional(String.class, v -> dockerfile = v, () -> dockerfile).index("0")
                .paramLabel("DOCKERFILE").required(true).description("The Dockerfile (- for stdin).").build());
        spec.addOption(Model.listOption(String.class, v -> changed = v, () -> changed, "--changed").paramLabel("PATH")
                .arity("1..*").required(true)
                .description("Files that changed (relative to the current folder or the build context).").build());
        spec.addOption(Model.option(String.class, v -> image = v, () -> image, "--image").paramLabel("REF")
                .description("The image built from this Dockerfile.").build());
        return spec;
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
