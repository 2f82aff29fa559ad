package dev.dockscope.model.network;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /networks/{id}} (and each entry of {@code GET /networks}, where {@code containers} is empty: the list does not
 * fill it). {@code driver} bridge, host, none, overlay, macvlan, ipvlan…; {@code scope} local, swarm or global;
 * {@code created} ISO-8601 as written by the daemon. {@code containers} by container id.
 */
public record NetworkDetails(String id, String name, String created, String driver, String scope, boolean internal,
                             boolean attachable, boolean ingress, boolean enableIpv6, Ipam ipam,
                             Map<String, String> options, Map<String, String> labels,
                             Map<String, Attached> containers) {

    /** The daemon's own networks, which always exist: bridge, host and none. */
    public boolean predefined() {
        return name.equals("bridge") || name.equals("host") || name.equals("none");
    }

    public record Ipam(String driver, List<IpamConfig> configs, Map<String, String> options) {
    }

    /** One address pool: {@code subnet} in CIDR form, {@code gateway} and {@code ipRange} "" when not set. */
    public record IpamConfig(String subnet, String ipRange, String gateway) {
    }

    /** A container on the network; addresses in CIDR form ({@code 172.18.0.2/16}), "" when none. */
    public record Attached(String name, String endpointId, String macAddress, String ipv4Address,
                           String ipv6Address) {
    }
}
