package dev.dockscope.cli;

import dev.dockscope.analysis.ImageExplainer;
import dev.dockscope.docker.ImageReader;
import dev.dockscope.model.image.ImageExplanation;
import dev.dockscope.render.text.ImageTextRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "image", mixinStandardHelpOptions = true,
        description = {
            "Explain an image: identity and origin, the layer stack with what each step added, the cache story "
                + "(what is big, what rebuilds, what was left behind), and the run-time defaults.",
            "REF is name[:tag], name@digest, or a full or short image id."})
public final class ImageCommand extends BaseCommand {
    public enum Sort { order, size }

    @Parameters(paramLabel = "REF", arity = "1..*", description = "Image(s) to explain.")
    List<String> refs = new ArrayList<>();

    @Option(names = "--layers-only", description = "Show only the layer stack.")
    boolean layersOnly;

    @Option(names = "--no-cache-story", description = "Leave out the cache story.")
    boolean noCacheStory;

    @Option(names = "--show-secrets", description = "Show env values whose names look secret (PASSWORD, TOKEN, KEY…).")
    boolean showSecrets;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "order",
            description = "Layer order: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Sort sort = Sort.order;

    public ImageCommand(Io io) {
        super(io);
    }

    @Override
    protected ExitCode run(Session session) {
        ImageReader reader = new ImageReader(session.daemon());
        List<ImageExplanation> images = new ArrayList<>();
        for (String ref : refs) {
            images.add(ImageExplainer.explain(reader.read(ref), showSecrets, !noCacheStory));
        }
        if (session.json()) {
            session.printJson(images.size() == 1 ? images.get(0) : images);
            return ExitCode.OK;
        }
        ImageTextRenderer renderer = new ImageTextRenderer(session.palette(), session.width(), Instant.now());
        ImageTextRenderer.Options options = new ImageTextRenderer.Options(layersOnly, !noCacheStory,
                sort == Sort.size, showSecrets);
        StringBuilder b = new StringBuilder();
        for (ImageExplanation img : images) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(renderer.render(img, options));
        }
        session.print(b.toString());
        return ExitCode.OK;
    }
}
