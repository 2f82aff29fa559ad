package dev.dockscope.docker;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.daemon.DiskUsage;
import dev.dockscope.model.volume.VolumeDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code /version}, {@code /info} and {@code /system/df} into {@link RuntimeInfo}. */
public final class RuntimeReader {
    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)+[^\\s,]*");
    private final DaemonReader daemon;

    public RuntimeReader(DaemonReader daemon) {
        this.daemon = daemon;
    }

    public RuntimeInfo read() {
        Engine engine = new Engine(daemon);
        return of(daemon.endpoint().host(), engine.version(), engine.info(), engine.systemDf(), engine.images().size());
    }

    /**
     * Pure derivation from the records, for tests on canned answers. {@code listedImages}: what {@code docker image
     * ls} lists (the overview's count).
     */
    public static RuntimeInfo of(String endpoint, DaemonVersion v, DaemonInfo info, DiskUsage df, int listedImages) {
        String containerd = orElse(v.component("containerd"), nullIfEmpty(info.containerdCommit()));
        String runc = orElse(v.component("runc"), nullIfEmpty(info.runcCommit()));
        String defaultRuntime = or(info.defaultRuntime(), "runc");
        List<RuntimeInfo.Hop> chain = v.podman() ? podmanChain(v, endpoint, defaultRuntime) : List.of(
                new RuntimeInfo.Hop("client", "API " + v.apiVersion(), "dockscope or the docker CLI: sends HTTP requests to "
                        + endpoint),
                new RuntimeInfo.Hop("dockerd", v.version(), "the daemon: the API, images, networks, volumes, builds"),
                new RuntimeInfo.Hop("containerd", containerd, "runs containers and keeps their state; gRPC from dockerd"),
                new RuntimeInfo.Hop("containerd-shim-runc-v2", null, "one per container: stays as its parent, keeps its "
                        + "stdio and exit code, so dockerd can restart without killing it"),
                new RuntimeInfo.Hop(defaultRuntime, runc, "sets up the namespaces and cgroups, starts PID 1, and exits"),
                new RuntimeInfo.Hop("PID 1", null, "your entrypoint or command, isolated by the namespaces, limited by the "
                        + "cgroups"));
        Map<String, String> status = new LinkedHashMap<>(info.driverStatus());
        List<String> runtimes = new ArrayList<>(info.runtimes());
        String storage = or(info.driver(), "?");
        boolean containerdStore = storage.startsWith("io.containerd.snapshotter") || status.containsKey("driver-type");
        RuntimeInfo.Drivers drivers = new RuntimeInfo.Drivers(storage, status, or(info.cgroupDriver(), "?"),
                or(info.cgroupVersion(), "1"), defaultRuntime, runtimes, or(info.loggingDriver(), "?"),
                or(info.dockerRootDir(), "?"), containerdStore);
        List<String> security = new ArrayList<>(info.securityOptions());
        RuntimeInfo.Host host = new RuntimeInfo.Host(or(info.operatingSystem(), "?"), or(info.kernelVersion(), "?"),
                or(info.architecture(), v.arch()), info.ncpu(), info.memTotal());
        RuntimeInfo.Objects objects = new RuntimeInfo.Objects(info.containers(), info.containersRunning(),
                info.containersPaused(), info.containersStopped(), info.images(), listedImages);
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
        if (v.podman()) {
            notes.add("Podman: no daemon holds the containers; `podman system service` answers the Docker API, and each "
                    + "container is watched by its own conmon");
            if (df.layersSize() == 0 && !df.images().isEmpty()) {
                notes.add("Podman reports no total for the image layers (LayersSize): the images figure adds each "
                        + "image's size, so a layer shared by several images counts once for each");
            }
        }
        if (drivers.containerdImageStore()) {
            notes.add("containerd image store: images are kept by containerd, multi-platform indexes stay whole, and "
                    + "docker save writes the OCI layout");
        }
        return new RuntimeInfo(DaemonModels.line(endpoint), v.apiVersion(), chain, drivers, List.copyOf(security), host,
                objects, v.podman() && df.layersSize() == 0 ? podmanDisk(df) : disk(df), List.copyOf(notes), List.of(Concept.RUNTIME.slug(),
                        Concept.NAMESPACE_CGROUP.slug(), Concept.LAYER_CACHE.slug(), Concept.VOLUME.slug()));
    }

    /** What {@code GET /system/df} says, summed by kind, with the part nothing uses. */
    public static RuntimeInfo.Disk disk(DiskUsage df) {
        long images = df.layersSize();
        long imagesUnused = 0;
        for (DiskUsage.Image i : df.images()) {
            if (i.containers() == 0) {
                imagesUnused += Math.max(0, i.size() - Math.max(0, i.sharedSize()));
            }
        }
        long containers = 0;
        for (DiskUsage.Container c : df.containers()) {
            containers += Math.max(0, c.sizeRw());
        }
        long volumes = 0;
        long volumesUnused = 0;
        for (VolumeDetails v : df.volumes()) {
            long size = v.usage() == null ? 0 : Math.max(0, v.usage().size());
            volumes += size;
            if (v.usage() == null || v.usage().refCount() == 0) {
                volumesUnused += size;
            }
        }
        long cache = 0;
        long cacheUnused = 0;
        for (DiskUsage.BuildCache b : df.buildCache()) {
            long size = Math.max(0, b.size());
            cache += size;
            if (!b.inUse()) {
                cacheUnused += size;
            }
        }
        return new RuntimeInfo.Disk(images, imagesUnused, containers, volumes, volumesUnused, cache, cacheUnused);
    }

    /** client → the API service → conmon → the OCI runtime → PID 1, with the versions Podman reports. */
    private static List<RuntimeInfo.Hop> podmanChain(DaemonVersion v, String endpoint, String defaultRuntime) {
        String runtimeVersion = v.component("OCI Runtime");
        return List.of(
                new RuntimeInfo.Hop("client", "API " + v.apiVersion(), "dockscope or the docker CLI: sends HTTP requests "
                        + "to " + endpoint + " (Podman's Docker-compatible API)"),
                new RuntimeInfo.Hop("podman service", v.version(), "`podman system service`: answers the API; "
                        + "images, containers, networks and volumes are Podman's own, with no daemon in between"),
                new RuntimeInfo.Hop("conmon", firstVersion(v.component("Conmon")), "one per container: keeps its stdio "
                        + "and exit code, so the container outlives the API service"),
                new RuntimeInfo.Hop(defaultRuntime, firstVersion(runtimeVersion), "sets up the namespaces and cgroups, "
                        + "starts PID 1, and exits"),
                new RuntimeInfo.Hop("PID 1", null, "your entrypoint or command, isolated by the namespaces, limited by the "
                        + "cgroups"));
    }

    /** {@code conmon version 2.1.6, commit: …} or {@code runc version 1.1.5\ncommit…}: the version number. */
    static String firstVersion(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = VERSION.matcher(s);
        return m.find() ? m.group() : s.lines().findFirst().orElse(s).strip();
    }

    /** Podman's /system/df has no LayersSize: the images' own sizes, summed (shared layers once per image). */
    private static RuntimeInfo.Disk podmanDisk(DiskUsage df) {
        RuntimeInfo.Disk d = disk(df);
        long images = 0;
        for (DiskUsage.Image i : df.images()) {
            images += Math.max(0, i.size());
        }
        return new RuntimeInfo.Disk(images, Math.min(images, d.imagesUnused()), d.containers(), d.volumes(),
                d.volumesUnused(), d.buildCache(), d.buildCacheUnused());
    }

    private static String orElse(String s, String fallback) {
        return s != null ? s : fallback;
    }

    private static String nullIfEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String or(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }
}
