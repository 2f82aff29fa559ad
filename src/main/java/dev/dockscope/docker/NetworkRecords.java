package dev.dockscope.docker;

import static dev.dockscope.docker.DaemonModels.str;
import static dev.dockscope.docker.DaemonModels.stringMap;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.network.NetworkDetails;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps {@code GET /networks} and {@code GET /networks/{id}} to {@link NetworkDetails}. */
public final class NetworkRecords {
    private NetworkRecords() {
    }

    public static List<NetworkDetails> list(JsonNode array) {
        List<NetworkDetails> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(details(n));
        }
        return List.copyOf(out);
    }

    public static NetworkDetails details(JsonNode n) {
        JsonNode ipam = n.path("IPAM");
        List<NetworkDetails.IpamConfig> configs = new ArrayList<>();
        for (JsonNode c : ipam.path("Config")) {
            configs.add(new NetworkDetails.IpamConfig(str(c, "Subnet"), str(c, "IPRange"), str(c, "Gateway")));
        }
        Map<String, NetworkDetails.Attached> containers = new LinkedHashMap<>();
        JsonNode all = n.path("Containers");
        all.fieldNames().forEachRemaining(id -> {
            JsonNode c = all.get(id);
            containers.put(DaemonModels.line(id), new NetworkDetails.Attached(str(c, "Name"), str(c, "EndpointID"),
                    str(c, "MacAddress"), str(c, "IPv4Address"), str(c, "IPv6Address")));
        });
        return new NetworkDetails(str(n, "Id"), str(n, "Name"), str(n, "Created"), str(n, "Driver"), str(n, "Scope"),
                n.path("Internal").asBoolean(), n.path("Attachable").asBoolean(), n.path("Ingress").asBoolean(),
                n.path("EnableIPv6").asBoolean(),
                new NetworkDetails.Ipam(str(ipam, "Driver"), List.copyOf(configs), stringMap(ipam.get("Options"))),
                stringMap(n.get("Options")), stringMap(n.get("Labels")), Collections.unmodifiableMap(containers));
    }
}
