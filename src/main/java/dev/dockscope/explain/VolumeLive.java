package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.containerName;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.container.ContainerMount;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.volume.VolumeDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The volume mounted by the most containers, who mounts it where, and what survives {@code docker rm}. */
final class VolumeLive implements LiveFinder {
    private static final Pattern ANONYMOUS = Pattern.compile("[0-9a-f]{64}");

    @Override
    public Concept concept() {
        return Concept.VOLUME;
    }

    @Override
    public String wouldShow() {
        return "the volume that most of your containers mount, where they mount it, and what survives docker rm.";
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Map<String, VolumeDetails> volumes = new TreeMap<>();
        ctx.volumes().forEach(v -> volumes.put(v.name(), v));
        if (volumes.isEmpty()) {
            b.none("There are no volumes on this daemon.");
            b.note("Make one and mount it: docker volume create demo; docker run -d -v demo:/data IMAGE sleep 600.");
            return b.build();
        }
        Map<String, List<String[]>> users = new TreeMap<>();
        for (ContainerSummary c : ctx.containers(true)) {
            for (ContainerMount m : c.mounts()) {
                if ("volume".equals(m.type())) {
                    users.computeIfAbsent(m.name(), k -> new ArrayList<>()).add(new String[] {
                        containerName(c), m.destination(), m.rw() ? "rw" : "ro", c.state()});
                }
            }
        }
        String pick = null;
        int most = -1;
        for (String name : volumes.keySet()) {
            int n = users.getOrDefault(name, List.of()).size();
            if (n > most) {
                most = n;
                pick = name;
            }
        }
        VolumeDetails v = volumes.get(pick);
        String name = pick;
        boolean anonymous = v.labels().containsKey("com.docker.volume.anonymous") || ANONYMOUS.matcher(pick).matches();
        List<String[]> mounts = users.getOrDefault(pick, List.of());
        b.headline("Volume " + name + (mounts.isEmpty() ? " is not mounted by any container."
                : " is mounted by " + mounts.size() + " container" + (mounts.size() == 1 ? "" : "s") + "."));
        b.fact("driver", v.driver());
        b.fact("kind", anonymous ? "anonymous (made by a VOLUME line or -v /path)" : "named");
        b.fact("on the host", v.mountpoint());
        List<Map<String, String>> rawMounts = new ArrayList<>();
        for (String[] m : mounts) {
            b.fact(1, m[0], "at " + m[1] + " (" + m[2] + ", container " + m[3] + ")");
            Map<String, String> r = new LinkedHashMap<>();
            r.put("container", m[0]);
            r.put("destination", m[1]);
            r.put("mode", m[2]);
            r.put("containerState", m[3]);
            rawMounts.add(r);
        }
        String who = mounts.isEmpty() ? "CONTAINER" : mounts.get(0)[0];
        if (anonymous) {
            b.note("docker rm " + who + " keeps it, but docker rm -v " + who + " deletes it with the container.");
        } else {
            b.note("docker rm " + who + " deletes the container's writable layer; " + name
                    + " and its data survive, even with docker rm -v.");
        }
        b.note("Only docker volume rm " + name + " (or a prune) deletes it.");
        b.raw("volume", name);
        b.raw("driver", v.driver());
        b.raw("mountpoint", v.mountpoint());
        b.raw("anonymous", anonymous);
        b.raw("mountedBy", rawMounts);
        b.raw("volumeCount", volumes.size());
        return b.build();
    }
}
