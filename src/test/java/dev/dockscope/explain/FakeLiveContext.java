package dev.dockscope.explain;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.docker.ContainerRecords;
import dev.dockscope.docker.ImageRecords;
import dev.dockscope.docker.NetworkRecords;
import dev.dockscope.docker.SystemRecords;
import dev.dockscope.docker.VolumeRecords;
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
import dev.dockscope.render.json.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Canned daemon answers (JSON text, in the daemon's own field names) for the live finders, mapped to records by the
 * same docker/ mapping the real daemon's answers go through.
 */
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
    public DaemonVersion version() {
        return SystemRecords.version(answer(version, "version"));
    }

    @Override
    public DaemonInfo info() {
        return SystemRecords.info(answer(info, "info"));
    }

    @Override
    public List<ImageSummary> images() {
        return ImageRecords.summaries(answer(images, "images"));
    }

    @Override
    public ImageDetails image(String ref) {
        return ImageRecords.details(answer(imageInspect.get(ref), "image " + ref));
    }

    @Override
    public List<ImageData.HistoryEntry> imageHistory(String ref) {
        return ImageRecords.history(answer(history.get(ref), "image " + ref));
    }

    @Override
    public List<ContainerSummary> containers(boolean all) {
        List<ContainerSummary> list = ContainerRecords.summaries(answer(containersAll, "containers"));
        return all ? list : list.stream().filter(c -> "running".equals(c.state())).toList();
    }

    @Override
    public ContainerDetails container(String id) {
        return ContainerRecords.details(answer(containerInspect.get(id), "container " + id));
    }

    @Override
    public Optional<ContainerStats> stats(String id) {
        return ContainerRecords.stats(answer(stats.get(id), "container " + id));
    }

    @Override
    public List<NetworkDetails> networks() {
        return NetworkRecords.list(answer(networks, "networks"));
    }

    @Override
    public NetworkDetails network(String id) {
        return NetworkRecords.details(answer(networkInspect.get(id), "network " + id));
    }

    @Override
    public List<VolumeDetails> volumes() {
        return VolumeRecords.list(answer(volumes, "volumes"));
    }

    @Override
    public Path workingDir() {
        return workingDir;
    }
}
