package dev.dockscope.model.container;

import java.util.List;
import java.util.Map;

/**
 * One entry of {@code GET /containers/json}. {@code names} keep the daemon's leading slash; {@code created} is ISO-8601
 * UTC; {@code state} is the daemon's word (created, running, paused, restarting, removing, exited, dead); {@code status}
 * its human summary ("Up 3 minutes (healthy)"). Absent strings are "", absent lists and maps empty.
 */
public record ContainerSummary(String id, List<String> names, String image, String imageId, String command,
                               String created, String state, String status, Map<String, String> labels,
                               List<PortEntry> ports, String networkMode, List<String> networks,
                               List<ContainerMount> mounts) {

    /** The first name without its leading slash, else the short id. */
    public String name() {
        return names.isEmpty() ? ContainerDetails.shortId(id) : names.get(0).replaceFirst("^/", "");
    }

    /** A port as the list shows it: {@code publicPort} 0 when not published, {@code ip} "" when not bound. */
    public record PortEntry(String ip, int privatePort, int publicPort, String type) {
    }
}
