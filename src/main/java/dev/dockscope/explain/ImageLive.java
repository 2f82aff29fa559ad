package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.bytes;
import static dev.dockscope.explain.LiveSupport.execForm;
import static dev.dockscope.explain.LiveSupport.num;
import static dev.dockscope.explain.LiveSupport.shortId;
import static dev.dockscope.explain.LiveSupport.str;
import static dev.dockscope.explain.LiveSupport.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.text.Sanitizer;
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
        return ctx.images().size() > 0;
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        List<JsonNode> images = LiveSupport.imagesNewestFirst(ctx);
        if (images.isEmpty()) {
            b.none("There are no images on this daemon yet.");
            b.note("Pull or build one (docker pull alpine, or docker build -t demo .), then look again.");
            return b.build();
        }
        JsonNode pick = images.stream().filter(i -> !LiveSupport.imageName(i).equals(shortId(i.path("Id").asText())))
                .findFirst().orElse(images.get(0));
        String name = LiveSupport.imageName(pick);
        JsonNode img = ctx.imageInspect(pick.path("Id").asText());
        JsonNode cfg = img.path("Config");
        List<String> entrypoint = strings(cfg.path("Entrypoint"));
        List<String> cmd = strings(cfg.path("Cmd"));
        List<String> env = new ArrayList<>();
        strings(cfg.path("Env")).forEach(e -> env.add(LiveSupport.redactEnv(e)));
        List<String> ports = new ArrayList<>();
        cfg.path("ExposedPorts").fieldNames().forEachRemaining(p -> ports.add(Sanitizer.line(p)));
        String user = str(cfg, "User");
        b.headline("Image " + name + " (" + shortId(str(img, "Id")) + ", " + bytes(num(img, "Size"))
                + "): the defaults every container from it starts with.");
        b.fact("entrypoint", entrypoint.isEmpty() ? "none" : execForm(entrypoint));
        b.fact("cmd", cmd.isEmpty() ? "none" : execForm(cmd));
        b.fact("user", user.isEmpty() ? "root (no USER set)" : user);
        b.fact("workdir", str(cfg, "WorkingDir").isEmpty() ? "/" : str(cfg, "WorkingDir"));
        b.fact("ports", ports.isEmpty() ? "none exposed" : String.join(", ", ports) + " (exposed, not published)");
        b.fact("env", env.isEmpty() ? "none" : env.size() + " variable" + (env.size() == 1 ? "" : "s"));
        env.forEach(e -> b.fact(1, "", e));
        b.note("docker run " + name + " ARGS replaces the cmd; the entrypoint stays unless you pass --entrypoint.");
        b.raw("image", name);
        b.raw("id", str(img, "Id"));
        b.raw("size", num(img, "Size"));
        b.raw("entrypoint", entrypoint);
        b.raw("cmd", cmd);
        b.raw("env", env);
        b.raw("user", user);
        b.raw("workingDir", str(cfg, "WorkingDir"));
        b.raw("exposedPorts", ports);
        return b.build();
    }
}
