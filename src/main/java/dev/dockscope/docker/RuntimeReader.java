package dev.dockscope.docker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads {@code /version}, {@code /info} and {@code /system/df} into {@link RuntimeInfo}. */
public final class RuntimeReader {
    private final DaemonReader daemon;

    public RuntimeReader(DaemonReader daemon) {
        this.daemon = daemon;
    }

    public RuntimeInfo read() {
        DaemonVersion v = DaemonModels.version(daemon.version());
        JsonNode info = daemon.info();
        return of(daemon.endpoint().host(), v, info, daemon.systemDf());
    }

    /** Pure mapping, for tests on canned answers. */
    public static RuntimeInfo of(String endpoint, DaemonVersion v, JsonNode info, JsonNode df) {
        String containerd = component(v, "containerd", commit(info, "ContainerdCommit"));
        String runc = component(v, "runc", commit(info, "RuncCommit"));
        String defaultRuntime = text(info, "DefaultRuntime", "runc");
        List<RuntimeInfo.Hop> chain = List.of(
                new RuntimeInfo.Hop("client", "API " + v.apiVersion(), "dockscope or the docker CLI: sends HTTP requests to "
                        + endpoint),
                new RuntimeInfo.Hop("dockerd", v.version(), "the daemon: the API, images, networks, volumes, builds"),
                new RuntimeInfo.Hop("containerd", containerd, "runs containers and keeps their state; gRPC from dockerd"),
                new RuntimeInfo.Hop("containerd-shim-runc-v2", null, "one per container: stays as its parent, keeps its "
                        + "stdio and exit code, so dockerd can restart without killing it"),
                new RuntimeInfo.Hop(defaultRuntime, runc, "sets up the namespaces and cgroups, starts PID 1, and exits"),
                new RuntimeInfo.Hop("PID 1", null, "your entrypoint or command, isolated by the namespaces, limited by the "
                        + "cgroups"));
        Map<String, String> status = new LinkedHashMap<>();
        for (JsonNode pair : info.path("DriverStatus")) {
            if (pair.size() == 2) {
                status.put(Sanitizer.line(pair.get(0).asText()), Sanitizer.line(pair.get(1).asText()));
            }
        }
        List<String> runtimes = new ArrayList<>();
        info.path("Runtimes").fieldNames().forEachRemaining(n -> runtimes.add(Sanitizer.line(n)));
        String storage = text(info, "Driver", "?");
        boolean containerdStore = storage.startsWith("io.containerd.snapshotter") || status.containsKey("driver-type");
        RuntimeInfo.Drivers drivers = new RuntimeInfo.Drivers(storage, status, text(info, "CgroupDriver", "?"),
                text(info, "CgroupVersion", "1"), defaultRuntime, runtimes, text(info, "LoggingDriver", "?"),
                text(info, "DockerRootDir", "?"), containerdStore);
        List<String> security = new ArrayList<>();
        for (JsonNode s : info.path("SecurityOptions")) {
            security.add(Sanitizer.line(s.asText()));
        }
        RuntimeInfo.Host host = new RuntimeInfo.Host(text(info, "OperatingSystem", "?"), text(info, "KernelVersion", "?"),
                text(info, "Architecture", v.arch()), info.path("NCPU").asInt(), info.path("MemTotal").asLong());
        RuntimeInfo.Objects objects = new RuntimeInfo.Objects(info.path("Containers").asInt(),
                info.path("ContainersRunning").asInt(), info.path("ContainersPaused").asInt(),
                info.path("ContainersStopped").asInt(), info.path("Images").asInt());
        List<String> notes = new ArrayList<>();
        if ("1".equals(drivers.cgroupVersion())) {
            notes.add("cgroup v1: limits work, but newer kernels and tools expect the unified v2 hierarchy");
        }
        if (security.stream().anyMatch(s -> s.contains("rootless"))) {
            notes.add("rootless: dockerd runs as your user, so root in a container is not root on the host");
        }
        if (security.stream().noneMatch(s -> s.contains("seccomp"))) {
            notes.add("no seccomp profile: containers may make every system call the kernel offers");
        }
        if (drivers.containerdImageStore()) {
            notes.add("containerd image store: images are kept by containerd, multi-platform indexes stay whole, and "
                    + "docker save writes the OCI layout");
        }
        return new RuntimeInfo(Sanitizer.line(endpoint), v.apiVersion(), chain, drivers, List.copyOf(security), host,
                objects, disk(df), List.copyOf(notes), List.of(Concept.RUNTIME.slug(),
                        Concept.NAMESPACE_CGROUP.slug(), Concept.LAYER_CACHE.slug(), Concept.VOLUME.slug()));
    }

    /** What {@code GET /system/df} says, summed by kind, with the part nothing uses. */
    public static RuntimeInfo.Disk disk(JsonNode df) {
        long images = df.path("LayersSize").asLong();
        long imagesUnused = 0;
        for (JsonNode i : df.path("Images")) {
            if (i.path("Containers").asLong() == 0) {
                imagesUnused += Math.max(0, i.path("Size").asLong() - Math.max(0, i.path("SharedSize").asLong()));
            }
        }
        long containers = 0;
        for (JsonNode c : df.path("Containers")) {
            containers += Math.max(0, c.path("SizeRw").asLong());
        }
        long volumes = 0;
        long volumesUnused = 0;
        for (JsonNode v : df.path("Volumes")) {
            long size = Math.max(0, v.path("UsageData").path("Size").asLong());
            volumes += size;
            if (v.path("UsageData").path("RefCount").asLong() == 0) {
                volumesUnused += size;
            }
        }
        long cache = 0;
        long cacheUnused = 0;
        for (JsonNode b : df.path("BuildCache")) {
            long size = Math.max(0, b.path("Size").asLong());
            cache += size;
            if (!b.path("InUse").asBoolean()) {
                cacheUnused += size;
            }
        }
        return new RuntimeInfo.Disk(images, imagesUnused, containers, volumes, volumesUnused, cache, cacheUnused);
    }

    private static String component(DaemonVersion v, String name, String fallback) {
        for (DaemonVersion.Component c : v.components()) {
            if (c.name().equalsIgnoreCase(name)) {
                return c.version();
            }
        }
        return fallback;
    }

    private static String commit(JsonNode info, String field) {
        String id = info.path(field).path("ID").asText("");
        return id.isEmpty() ? null : Sanitizer.line(id);
    }

    private static String text(JsonNode n, String field, String fallback) {
        String s = n.path(field).asText("");
        return s.isEmpty() ? fallback : Sanitizer.line(s);
    }
}
