package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.str;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import java.util.LinkedHashMap;
import java.util.Map;

/** The real chain: dockerd, containerd and runc versions from /version, cgroup driver and version from /info. */
final class RuntimeLive implements LiveFinder {
    @Override
    public Concept concept() {
        return Concept.RUNTIME;
    }

    @Override
    public String wouldShow() {
        return "the real chain on your daemon: dockerd, containerd and runc versions, and the cgroup driver.";
    }

    @Override
    public boolean available(LiveContext ctx) {
        return true; // a reachable daemon always has a runtime chain
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        JsonNode v = ctx.version();
        JsonNode info = ctx.info();
        Map<String, String> components = new LinkedHashMap<>();
        for (JsonNode c : v.path("Components")) {
            components.put(str(c, "Name"), str(c, "Version"));
        }
        String engine = components.getOrDefault("Engine", str(v, "Version"));
        String containerd = components.getOrDefault("containerd", "?");
        String runc = components.getOrDefault("runc", "?");
        b.headline("On this daemon: dockerd " + engine + " -> containerd " + containerd + " -> shim -> runc " + runc
                + " -> your process.");
        b.fact("dockerd", engine + "  (API " + str(v, "ApiVersion") + ")");
        b.fact("containerd", containerd);
        b.fact("runc", runc + (str(info, "DefaultRuntime").isEmpty() ? "" : "  (default runtime: "
                + str(info, "DefaultRuntime") + ")"));
        if (components.containsKey("docker-init")) {
            b.fact("docker-init", components.get("docker-init") + "  (the tiny init used by docker run --init)");
        }
        String driver = str(info, "CgroupDriver");
        String cgv = str(info, "CgroupVersion");
        b.fact("cgroups", (driver.isEmpty() ? "?" : driver) + " driver, cgroup v" + (cgv.isEmpty() ? "?" : cgv));
        b.fact("storage", str(info, "Driver"));
        b.fact("kernel", str(info, "KernelVersion") + " on " + str(info, "OperatingSystem"));
        b.note("runc only starts the process; the containerd shim stays as its parent.");
        b.raw("components", components);
        Map<String, Object> infoRaw = new LinkedHashMap<>();
        for (String f : new String[] {"CgroupDriver", "CgroupVersion", "DefaultRuntime", "Driver", "KernelVersion",
            "OperatingSystem", "ServerVersion"}) {
            infoRaw.put(Character.toLowerCase(f.charAt(0)) + f.substring(1), str(info, f));
        }
        b.raw("info", infoRaw);
        return b.build();
    }
}
