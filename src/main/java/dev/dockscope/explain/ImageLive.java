package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.bytes;
import static dev.dockscope.explain.LiveSupport.execForm;
import static dev.dockscope.explain.LiveSupport.orEmpty;
import static dev.dockscope.explain.LiveSupport.shortId;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.image.ImageSummary;
import java.util.ArrayList;
import java.util.List;

/** The newest tagged image: the defaults its config gives every container (entrypoint, cmd, env, user, ports). */
final class ImageLive implements LiveFinder {
    @Override
    public Concept concept() {
        return Concept.IMAGE;
    }

    @Override
    public String wouldShow() {
        return "one of your images and the defaults it gives every container: entrypoint, command, environment "
                + "(secrets hidden), user and ports.";
    }

    @Override
    public boolean available(LiveContext ctx) {
        return !ctx.images().isEmpty();
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        List<ImageSummary> images = LiveSupport.imagesNewestFirst(ctx);
        if (images.isEmpty()) {
            b.none("There are no images on this daemon yet.");
            b.note("Pull or build one (docker pull alpine, or docker build -t demo .), then look again.");
            return b.build();
        }
        ImageSummary pick = images.stream().filter(i -> !LiveSupport.imageName(i).equals(shortId(i.id())))
                .findFirst().orElse(images.get(0));
        String name = LiveSupport.imageName(pick);
        ImageDetails img = ctx.image(pick.id());
        ImageData.RawConfig cfg = img.config();
        List<String> entrypoint = orEmpty(cfg.entrypoint());
        List<String> cmd = orEmpty(cfg.cmd());
        List<String> env = new ArrayList<>();
        cfg.env().forEach(e -> env.add(LiveSupport.redactEnv(e)));
        List<String> ports = List.copyOf(cfg.exposedPorts());
        String user = orEmpty(cfg.user());
        String workingDir = orEmpty(cfg.workingDir());
        b.headline("Image " + name + " (" + shortId(img.id()) + ", " + bytes(img.size())
                + "): the defaults every container from it starts with.");
        b.fact("entrypoint", entrypoint.isEmpty() ? "none" : execForm(entrypoint));
        b.fact("cmd", cmd.isEmpty() ? "none" : execForm(cmd));
        b.fact("user", user.isEmpty() ? "root (no USER set)" : user);
        b.fact("workdir", workingDir.isEmpty() ? "/" : workingDir);
        b.fact("ports", ports.isEmpty() ? "none exposed" : String.join(", ", ports) + " (exposed, not published)");
        b.fact("env", env.isEmpty() ? "none" : env.size() + " variable" + (env.size() == 1 ? "" : "s"));
        env.forEach(e -> b.fact(1, "", e));
        b.note("docker run " + name + " ARGS replaces the cmd; the entrypoint stays unless you pass --entrypoint.");
        b.raw("image", name);
        b.raw("id", img.id());
        b.raw("size", img.size());
        b.raw("entrypoint", entrypoint);
        b.raw("cmd", cmd);
        b.raw("env", env);
        b.raw("user", user);
        b.raw("workingDir", workingDir);
        b.raw("exposedPorts", ports);
        return b.build();
    }
}
