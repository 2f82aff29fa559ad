package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.bytes;
import static dev.dockscope.explain.LiveSupport.containerName;
import static dev.dockscope.explain.LiveSupport.num;
import static dev.dockscope.explain.LiveSupport.shortId;
import static dev.dockscope.explain.LiveSupport.str;
import static dev.dockscope.explain.LiveSupport.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import java.util.ArrayList;
import java.util.List;

/** The most recently started running container: its image, PID 1, state and writable layer. */
final class ContainerLive implements LiveFinder {
    @Override
    public Concept concept() {
        return Concept.CONTAINER;
    }

    @Override
    public String wouldShow() {
        return "a running container of yours: its image, its PID 1, its state and the size of its writable layer.";
    }

    @Override
    public boolean available(LiveContext ctx) {
        return !LiveSupport.runningNewestFirst(ctx).isEmpty();
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        List<JsonNode> running = LiveSupport.runningNewestFirst(ctx);
        if (running.isEmpty()) {
            int stopped = ctx.containers(true).size();
            b.none("No container is running right now" + (stopped > 0 ? " (" + stopped + " stopped)." : "."));
            b.note("Start one and look again: docker run -d --name demo IMAGE sleep 600, then dockscope learn container.");
            return b.build();
        }
        JsonNode c = ctx.containerInspect(running.get(0).path("Id").asText());
        String name = containerName(c);
        List<String> cmd = new ArrayList<>();
        cmd.add(str(c, "Path"));
        cmd.addAll(strings(c.path("Args")));
        long rw = num(c, "SizeRw");
        long rootFs = num(c, "SizeRootFs");
        b.headline("Container " + name + " is running" + (running.size() > 1 ? " (newest of " + running.size() + " running)." : "."));
        b.fact("image", str(c, "Config", "Image") + "  (" + shortId(str(c, "Image")) + ", read-only layers)");
        b.fact("PID 1", String.join(" ", cmd).strip());
        b.fact("host PID", num(c, "State", "Pid") + "  (the same process, as the host numbers it)");
        b.fact("state", str(c, "State", "Status") + " since " + str(c, "State", "StartedAt"));
        b.fact("writable layer", bytes(rw) + " written on top of " + bytes(Math.max(0, rootFs - rw)) + " of image");
        b.note("docker rm " + name + " would delete the " + bytes(rw) + " writable layer; the image stays.");
        b.note("When PID 1 exits, the container stops.");
        b.raw("id", str(c, "Id"));
        b.raw("name", name);
        b.raw("image", str(c, "Config", "Image"));
        b.raw("imageId", str(c, "Image"));
        b.raw("pid1", cmd);
        b.raw("hostPid", num(c, "State", "Pid"));
        b.raw("state", str(c, "State", "Status"));
        b.raw("startedAt", str(c, "State", "StartedAt"));
        b.raw("sizeRw", rw);
        b.raw("sizeRootFs", rootFs);
        return b.build();
    }
}
