package dev.dockscope.model;

import java.util.List;
import java.util.Map;

/**
 * {@code dockscope runtime}: the chain from client to process, the daemon's drivers and security options, and what
 * its objects take on disk. Sizes in bytes; the raw daemon values sit next to the derived explanations.
 */
public record RuntimeInfo(String endpoint, String apiVersion, List<Hop> chain, Drivers drivers, List<String> security,
                          Host host, Objects objects, Disk disk, List<String> notes, List<String> concepts) {

    /** One link of the chain: what it is, its version, and what it does. */
    public record Hop(String name, String version, String role) {
    }

    /**
     * @param storage        storage driver (overlay2, or the containerd snapshotter with the containerd image store)
     * @param storageStatus  the driver's own status lines (backing filesystem, d_type…)
     * @param cgroupVersion  1 or 2
     */
    public record Drivers(String storage, Map<String, String> storageStatus, String cgroup, String cgroupVersion,
                          String defaultRuntime, List<String> runtimes, String logging, String dataRoot,
                          boolean containerdImageStore) {
    }

    public record Host(String os, String kernel, String arch, int cpus, long memory) {
    }

    /**
     * Object counts. {@code images} is the daemon's own count from {@code /info}, which includes the intermediate
     * images of classic builds; {@code imagesListed} is what {@code docker image ls} (and the overview) lists.
     */
    public record Objects(int containers, int running, int paused, int stopped, int images, int imagesListed) {
    }

    /** From {@code GET /system/df}: bytes used, and how much of it nothing uses (what a prune would free). */
    public record Disk(long images, long imagesUnused, long containers, long volumes, long volumesUnused,
                       long buildCache, long buildCacheUnused) {
    }
}
