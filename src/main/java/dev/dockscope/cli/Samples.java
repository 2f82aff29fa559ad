package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.docker.source.ArchiveImageData;
import dev.dockscope.docker.source.ArchiveImageSource;
import dev.dockscope.docker.source.ProgressListener;
import dev.dockscope.lint.FailOn;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.LintRun;
import dev.dockscope.lint.Rules;
import dev.dockscope.model.files.ImageContents;
import dev.dockscope.model.image.ImageExplanation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample image archive and Dockerfile bundled in the jar (copies of examples/), for runs with no daemon. */
final class Samples {
    static final String IMAGE = "/examples/sample-image.tar";
    static final String DOCKERFILE = "/examples/Dockerfile";

    private Samples() {
    }

    static ImageExplanation image() {
        try (InputStream in = open(IMAGE)) {
            ImageContents contents = new ArchiveImageSource("-", in, null, null).read(ProgressListener.NONE);
            return ImageExplainer.explain(ArchiveImageData.from(contents, "sample-app (bundled sample)")
                    .fromArchive("the bundled sample archive (examples/sample-image.tar)"), false, true);
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.INTERNAL, "cannot read the bundled sample image: " + e.getMessage());
        }
    }

    static LintReport dockerfile() {
        try (InputStream in = open(DOCKERFILE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new LintRun(Rules.all(), List.of(), null, FailOn.NONE)
                    .run(List.of(new LintRun.Input("examples/Dockerfile", text, null)));
        } catch (IOException e) {
            throw new DockscopeException(ExitCode.INTERNAL, "cannot read the bundled sample Dockerfile: " + e.getMessage());
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Samples.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DockscopeException(ExitCode.INTERNAL, "the bundled sample " + resource + " is missing from the jar");
        }
        return in;
    }
}
