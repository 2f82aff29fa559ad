package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.bytes;
import static dev.dockscope.explain.LiveSupport.containerName;
import static dev.dockscope.explain.LiveSupport.shortId;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerSummary;
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
        List<ContainerSummary> running = LiveSupport.runningNewestFirst(ctx);
        if (running.isEmpty()) {
            int stopped = ctx.containers(true).size();
            b.none("No container is running right now" + (stopped > 0 ? " (" + stopped + " stopped)." : "."));
            b.note("Start one and look again: docker run -d --name demo IMAGE sleep 600, then dockscope learn container.");
            return b.build();
        }
        ContainerDetails c = ctx.container(running.get(0).id());
        String name = containerName(c);
        List<String> cmd = new ArrayList<>();
        cmd.add(c.path());
        cmd.addAll(c.args());
        long rw = Math.max(0, c.sizeRw());
        long rootFs = Math.max(0, c.sizeRootFs());
        b.headline("Container " + name + " is running" + (running.size() > 1 ? " (newest of " + running.size() + " running)." : "."));
        b.fact("image", c.config().image() + "  (" + shortId(c.imageId()) + ", read-only layers)");
        b.fact("PID 1", String.join(" ", cmd).strip());
        b.fact("host PID", c.state().pid() + "  (the same process, as the host numbers it)");
        b.fact("state", c.state().status() + " since " + c.state().startedAt());
        b.fact("writable layer", bytes(rw) + " written on top of " + bytes(Math.max(0, rootFs - rw)) + " of image");
        b.note("docker rm " + name + " would delete the " + bytes(rw) + " writable layer; the image stays.");
        b.note("When PID 1 exits, the container stops.");
        b.raw("id", c.id());
        b.raw("name", name);
        b.raw("image", c.config().image());
        b.raw("imageId", c.imageId());
        b.raw("pid1", cmd);
        b.raw("hostPid", (long) c.state().pid());
        b.raw("state", c.state().status());
        b.raw("startedAt", c.state().startedAt());
        b.raw("sizeRw", rw);
        b.raw("sizeRootFs", rootFs);
        return b.build();
    }
}
