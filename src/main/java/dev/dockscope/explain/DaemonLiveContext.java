package dev.dockscope.explain;

import dev.dockscope.docker.Engine;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.daemon.DaemonInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.image.ImageData;
import dev.dockscope.model.image.ImageDetails;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The live context on the real daemon: every answer is fetched once per run and shared by all cards. */
public final class DaemonLiveContext implements LiveContext {
    private final Supplier<Engine> daemon;
    private final Path workingDir;
    private final Map<String, Object> cache = new HashMap<>();
    private Engine engine;

    /** @param daemon opened on first use (so {@code --no-live} never connects) */
    public DaemonLiveContext(Supplier<Engine> daemon, Path workingDir) {
        this.daemon = daemon;
        this.workingDir = workingDir;
    }

    private Engine engine() {
        if (engine == null) {
            engine = daemon.get();
        }
        return engine;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> call) {
        Object v = cache.get(key);
        if (v == null) {
            v = call.get();
            cache.put(key, v);
        }
        return (T) v;
    }

    @Override
    public DaemonVersion version() {
        return cached("version", () -> engine().version());
    }

    @Override
    public DaemonInfo info() {
        return cached("info", () -> engine().info());
    }

    @Override
    public List<ImageSummary> images() {
        return cached("images", () -> engine().images());
    }

    @Override
    public ImageDetails image(String ref) {
        return cached("image " + ref, () -> engine().image(ref));
    }

    @Override
    public List<ImageData.HistoryEntry> imageHistory(String ref) {
        return cached("imageHistory " + ref, () -> engine().imageHistory(ref));
    }

    @Override
    public List<ContainerSummary> containers(boolean all) {
        return cached("containers " + all, () -> engine().containers(all));
    }

    @Override
    public ContainerDetails container(String id) {
        return cached("container " + id, () -> engine().container(id));
    }

    @Override
    public Optional<ContainerStats> stats(String id) {
        return cached("stats " + id, () -> engine().stats(id));
    }

    @Override
    public List<NetworkDetails> networks() {
        return cached("networks", () -> engine().networks());
    }

    @Override
    public NetworkDetails network(String id) {
        return cached("network " + id, () -> engine().network(id));
    }

    @Override
    public List<VolumeDetails> volumes() {
        return cached("volumes", () -> engine().volumes());
    }

    @Override
    public Path workingDir() {
        return workingDir;
    }
}
