package dev.dockscope.docker;

import static dev.dockscope.docker.DaemonModels.num;
import static dev.dockscope.docker.DaemonModels.str;
import static dev.dockscope.docker.DaemonModels.stringMap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.volume.VolumeDetails;
import java.util.ArrayList;
import java.util.List;

/** Maps {@code GET /volumes} ({@code {"Volumes": [...], "Warnings": [...]}}) and {@code GET /volumes/{name}}. */
public final class VolumeRecords {
    private VolumeRecords() {
    }

    /** The list answer's {@code Volumes} (null when there are none, on some engines). */
    public static List<VolumeDetails> list(JsonNode answer) {
        return array(answer.path("Volumes"));
    }

    static List<VolumeDetails> array(JsonNode array) {
        List<VolumeDetails> out = new ArrayList<>();
        for (JsonNode v : array) {
            out.add(details(v));
        }
        return List.copyOf(out);
    }

    public static VolumeDetails details(JsonNode v) {
        JsonNode u = v.get("UsageData");
        VolumeDetails.Usage usage = u == null || !u.isObject() ? null
                : new VolumeDetails.Usage(num(u, "Size", -1), num(u, "RefCount", -1));
        return new VolumeDetails(str(v, "Name"), str(v, "Driver"), str(v, "Mountpoint"), str(v, "CreatedAt"),
                str(v, "Scope"), stringMap(v.get("Labels")), stringMap(v.get("Options")), usage);
    }
}
