package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.bytes;
import static dev.dockscope.explain.LiveSupport.containerName;

import dev.dockscope.analysis.container.Limits;
import dev.dockscope.analysis.container.Usage;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A running container's namespace modes (private or shared) and its limits next to one stats sample. */
final class NamespaceCgroupLive implements LiveFinder {
    @Override
    public Concept concept() {
        return Concept.NAMESPACE_CGROUP;
    }

    @Override
    public String wouldShow() {
        return "a running container's namespaces (private or shared with the host) and its memory, CPU and pids "
                + "limits next to what it uses.";
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
            b.none("No container is running, so there are no namespaces or cgroups to look at.");
            b.note("Start one with limits and look again: docker run -d --memory 64m --cpus 0.5 --pids-limit 50 "
                    + "IMAGE sleep 600.");
            return b.build();
        }
        String id = running.get(0).id();
        ContainerDetails c = ctx.container(id);
        ContainerDetails.HostConfig hc = c.hostConfig();
        String name = containerName(c);
        b.headline("Container " + name + ": what it can see and what it may use.");
        Map<String, String> modes = new LinkedHashMap<>();
        modes.put("pid", hc.pidMode());
        modes.put("net", hc.networkMode());
        modes.put("ipc", hc.ipcMode());
        modes.put("uts", hc.utsMode());
        modes.put("user", hc.usernsMode());
        modes.put("cgroup", hc.cgroupnsMode());
        b.fact("namespaces", "");
        modes.forEach((ns, mode) -> b.fact(1, ns, explain(ns, mode)));

        ContainerStats stats = ctx.stats(id).orElse(null);
        long memLimit = hc.memory();
        long memUsed = stats == null ? 0 : Usage.memoryNetOfCache(stats);
        long hostMem = stats == null ? 0 : stats.memoryLimit();
        b.fact("limits vs usage", "");
        b.fact(1, "memory", memLimit > 0
                ? bytes(memUsed) + " of " + bytes(memLimit) + " limit (" + percent(memUsed, memLimit) + ")"
                : bytes(memUsed) + ", no limit" + (hostMem > 0 ? " (may use all " + bytes(hostMem) + ")" : ""));
        double cpus = Limits.nanoCpus(hc) / 1e9;
        double sampled = stats == null ? Double.NaN : Usage.cpuPercent(stats);
        double cpuPct = Double.isNaN(sampled) ? 0 : sampled; // no previous sample: shown as 0, as before
        b.fact(1, "cpu", (cpus > 0 ? fmt(cpus) + " CPUs limit" : "no limit") + ", using "
                + String.format(Locale.ROOT, "%.1f%%", cpuPct) + " of one CPU");
        long pidsLimit = hc.pidsLimit();
        long pids = stats == null ? 0 : stats.pids();
        b.fact(1, "pids", pidsLimit > 0 ? pids + " of " + pidsLimit + " allowed" : pids + ", no limit");
        if (memLimit == 0 && cpus == 0 && pidsLimit <= 0) {
            b.note("No limits are set: this container may use all of the host's memory and CPU.");
        }
        b.note("Private namespaces are the walls; the limits are the meter (one stats sample).");
        b.raw("container", name);
        b.raw("id", c.id());
        b.raw("namespaceModes", modes);
        b.raw("memoryLimit", memLimit);
        b.raw("memoryUsage", memUsed);
        b.raw("nanoCpus", hc.nanoCpus());
        b.raw("cpuQuota", hc.cpuQuota());
        b.raw("cpuPeriod", hc.cpuPeriod());
        b.raw("cpuPercent", cpuPct);
        b.raw("pidsLimit", pidsLimit);
        b.raw("pids", pids);
        return b.build();
    }

    /** The daemon's mode string in words; empty means the daemon's default. */
    static String explain(String ns, String mode) {
        String m = mode == null ? "" : mode;
        if (m.equals("host")) {
            return "shared with the host (host)";
        }
        if (m.startsWith("container:")) {
            return "shared with container " + m.substring("container:".length()) + " (" + m + ")";
        }
        return switch (ns) {
            case "net" -> switch (m) {
                case "none" -> "private, no network at all (none)";
                case "", "default", "bridge" -> "private, on the default bridge (" + (m.isEmpty() ? "default" : m) + ")";
                default -> "private, on network " + m;
            };
            case "user" -> m.isEmpty() ? "host user ids (no user namespace)" : "private (" + m + ")";
            case "cgroup" -> m.isEmpty() ? "daemon default" : m.equals("private") ? "private" : m;
            case "ipc" -> m.equals("shareable") ? "private (shareable)" : m.isEmpty() || m.equals("private") ? "private" : m;
            default -> m.isEmpty() ? "private" : m;
        };
    }

    private static String percent(long part, long whole) {
        return whole <= 0 ? "?" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }
}
