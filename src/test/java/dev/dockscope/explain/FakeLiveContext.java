package dev.dockscope.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.render.json.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Canned daemon answers (JSON text, in the daemon's own field names) for the live finders. */
final class FakeLiveContext implements LiveContext {
    JsonNode version = json("{\"Version\":\"20.10.24\",\"ApiVersion\":\"1.41\",\"Components\":[]}");
    JsonNode info = json("{}");
    JsonNode images = json("[]");
    JsonNode containersAll = json("[]");
    JsonNode networks = json("[]");
    JsonNode volumes = json("{\"Volumes\":[]}");
    final Map<String, JsonNode> imageInspect = new HashMap<>();
    final Map<String, JsonNode> history = new HashMap<>();
    final Map<String, JsonNode> containerInspect = new HashMap<>();
    final Map<String, JsonNode> stats = new HashMap<>();
    final Map<String, JsonNode> networkInspect = new HashMap<>();
    Path workingDir = Path.of("/nonexistent-dockscope-dir");
    boolean unreachable;

    static JsonNode json(String text) {
        try {
            return Json.MAPPER.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private <T> T answer(T value, String what) {
        if (unreachable) {
            throw new DockscopeException(ExitCode.DAEMON_UNREACHABLE, "cannot reach the Docker daemon at "
                    + "unix:///nowhere.sock (from DOCKER_HOST): no socket at that path.", "Is Docker running?");
        }
        if (value == null) {
            throw new DockscopeException(ExitCode.NOT_FOUND, what + " not found");
        }
        return value;
    }

    @Override
    public JsonNode version() {
        return answer(version, "version");
    }

    @Override
    public JsonNode info() {
        return answer(info, "info");
    }

    @Override
    public JsonNode images() {
        return answer(images, "images");
    }

    @Override
    public JsonNode imageInspect(String ref) {
        return answer(imageInspect.get(ref), "image " + ref);
    }

    @Override
    public JsonNode imageHistory(String ref) {
        return answer(history.get(ref), "image " + ref);
    }

    @Override
    public JsonNode containers(boolean all) {
        JsonNode list = answer(containersAll, "containers");
        if (all) {
            return list;
        }
        var running = Json.MAPPER.createArrayNode();
        list.forEach(c -> {
            if ("running".equals(c.path("State").asText())) {
                running.add(c);
            }
        });
        return running;
    }

    @Override
    public JsonNode containerInspect(String id) {
        return answer(containerInspect.get(id), "container " + id);
    }

    @Override
    public JsonNode containerStats(String id) {
        return answer(stats.get(id), "container " + id);
    }

    @Override
    public JsonNode networks() {
        return answer(networks, "networks");
    }

    @Override
    public JsonNode networkInspect(String id) {
        return answer(networkInspect.get(id), "network " + id);
    }

    @Override
    public JsonNode volumes() {
        return answer(volumes, "volumes");
    }

    @Override
    public Path workingDir() {
        return workingDir;
    }
}
