package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.orEmpty;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
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
        DaemonVersion v = ctx.version();
        DaemonInfo info = ctx.info();
        Map<String, String> components = new LinkedHashMap<>();
        if (v.version() != null) {
            components.put("Engine", v.version()); // the Engine component is the daemon's own version
        }
        for (DaemonVersion.Component c : v.components()) {
            components.put(orEmpty(c.name()), orEmpty(c.version()));
        }
        String engine = components.getOrDefault("Engine", orEmpty(v.version()));
        String containerd = components.getOrDefault("containerd", "?");
        String runc = components.getOrDefault("runc", "?");
        b.headline("On this daemon: dockerd " + engine + " -> containerd " + containerd + " -> shim -> runc " + runc
                + " -> your process.");
        b.fact("dockerd", engine + "  (API " + orEmpty(v.apiVersion()) + ")");
        b.fact("containerd", containerd);
        b.fact("runc", runc + (info.defaultRuntime().isEmpty() ? "" : "  (default runtime: "
                + info.defaultRuntime() + ")"));
        if (components.containsKey("docker-init")) {
            b.fact("docker-init", components.get("docker-init") + "  (the tiny init used by docker run --init)");
        }
        String driver = info.cgroupDriver();
        String cgv = info.cgroupVersion();
        b.fact("cgroups", (driver.isEmpty() ? "?" : driver) + " driver, cgroup v" + (cgv.isEmpty() ? "?" : cgv));
        b.fact("storage", info.driver());
        b.fact("kernel", info.kernelVersion() + " on " + info.operatingSystem());
        b.note("runc only starts the process; the containerd shim stays as its parent.");
        b.raw("components", components);
        Map<String, Object> infoRaw = new LinkedHashMap<>();
        infoRaw.put("cgroupDriver", info.cgroupDriver());
        infoRaw.put("cgroupVersion", info.cgroupVersion());
        infoRaw.put("defaultRuntime", info.defaultRuntime());
        infoRaw.put("driver", info.driver());
        infoRaw.put("kernelVersion", info.kernelVersion());
        infoRaw.put("operatingSystem", info.operatingSystem());
        infoRaw.put("serverVersion", info.serverVersion());
        b.raw("info", infoRaw);
        return b.build();
    }
}
