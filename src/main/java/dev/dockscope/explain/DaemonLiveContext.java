package dev.dockscope.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.docker.DaemonReader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The live context on the real daemon: every answer is fetched once per run and shared by all cards. */
public final class DaemonLiveContext implements LiveContext {
    private final Supplier<DaemonReader> daemon;
    private final Path workingDir;
    private final Map<String, JsonNode> cache = new HashMap<>();

    /** @param daemon opened on first use (so {@code --no-live} never connects) */
    public DaemonLiveContext(Supplier<DaemonReader> daemon, Path workingDir) {
        this.daemon = daemon;
        this.workingDir = workingDir;
    }

    private JsonNode cached(String key, Supplier<JsonNode> call) {
        JsonNode v = cache.get(key);
        if (v == null) {
            v = call.get();
            cache.put(key, v);
        }
        return v;
    }

    @Override
    public JsonNode version() {
        return cached("version", () -> daemon.get().version());
    }

    @Override
    public JsonNode info() {
        return cached("info", () -> daemon.get().info());
    }

    @Override
    public JsonNode images() {
        return cached("images", () -> daemon.get().images());
    }

    @Override
    public JsonNode imageInspect(String ref) {
        return cached("imageInspect " + ref, () -> daemon.get().imageInspect(ref));
    }

    @Override
    public JsonNode imageHistory(String ref) {
        return cached("imageHistory " + ref, () -> daemon.get().imageHistory(ref));
    }

    @Override
    public JsonNode containers(boolean all) {
        return cached("containers " + all, () -> daemon.get().containers(all));
    }

    @Override
    public JsonNode containerInspect(String id) {
        return cached("containerInspect " + id, () -> daemon.get().containerInspect(id));
    }

    @Override
    public JsonNode containerStats(String id) {
        return cached("containerStats " + id, () -> daemon.get().containerStats(id));
    }

    @Override
    public JsonNode networks() {
        return cached("networks", () -> daemon.get().networks());
    }

    @Override
    public JsonNode networkInspect(String id) {
        return cached("networkInspect " + id, () -> daemon.get().networkInspect(id));
    }

    @Override
    public JsonNode volumes() {
        return cached("volumes", () -> daemon.get().volumes());
    }

    @Override
    public Path workingDir() {
        return workingDir;
    }
}
