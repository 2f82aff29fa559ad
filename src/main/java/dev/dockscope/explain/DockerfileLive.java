package dev.dockscope.explain;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.text.Sanitizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code ./Dockerfile}, if there is one: its instructions and stages, and a pointer to the linter. */
final class DockerfileLive implements LiveFinder {
    /** Files larger than this are not read (a Dockerfile is a few kB). */
    static final long MAX_BYTES = 1_000_000;
    private final DockerfileInsight insight;

    DockerfileLive(DockerfileInsight insight) {
        this.insight = insight;
    }

    @Override
    public Concept concept() {
        return Concept.DOCKERFILE;
    }

    @Override
    public String wouldShow() {
        return "the Dockerfile in the current directory, if there is one, instruction by instruction.";
    }

    @Override
    public boolean needsDaemon() {
        return false;
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Path file = ctx.workingDir().resolve("Dockerfile");
        String shown = Sanitizer.line(file.toString());
        if (!Files.isRegularFile(file)) {
            b.none("There is no Dockerfile in " + Sanitizer.line(ctx.workingDir().toAbsolutePath().toString()) + ".");
            b.note("Run dockscope learn dockerfile in a project folder that has one, or write one and run dockscope lint.");
            return b.build();
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                b.none(shown + " is larger than " + MAX_BYTES / 1000 + " kB; that is not a Dockerfile dockscope reads.");
                return b.build();
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            b.none(shown + " cannot be read: " + Sanitizer.line(String.valueOf(e.getMessage())));
            return b.build();
        }
        DockerfileInsight.Summary s = insight.describe(file, text);
        b.headline("There is a Dockerfile here: " + shown);
        s.facts().forEach(f -> b.fact(f.level(), f.label(), f.value()));
        s.notes().forEach(b::note);
        b.raw("path", shown);
        b.raw("facts", s.facts());
        return b.build();
    }
}
