package dev.dockscope.model.network;

import java.util.List;
import java.util.Map;

/**
 * {@code dockscope network}: every network at a glance ({@link Overview}) or one network drawn from its real objects
 * ({@link View}). Raw daemon values sit next to the derived facts ({@link Kind}, {@link Reach}, name resolution).
 */
public final class NetworkReport {
    private NetworkReport() {
    }

    /** What a network's driver makes of it. */
    public enum Kind { BRIDGE, HOST, NONE, MACVLAN, IPVLAN, OVERLAY, OTHER }

    /**
     * How traffic leaves: {@code INTERNAL} no route out; {@code NAT} masqueraded through the host; {@code ROUTED} a
     * bridge without masquerading; {@code HOST_STACK} the host's own interfaces; {@code NO_INTERFACE} loopback only;
     * {@code PARENT} straight onto the parent interface's LAN; {@code MULTI_HOST} an overlay across swarm nodes.
     */
    public enum Reach { INTERNAL, NAT, ROUTED, HOST_STACK, NO_INTERFACE, PARENT, MULTI_HOST, UNKNOWN }

    /** {@code dockscope network}: the list, in the daemon's order sorted by name. */
    public record Overview(List<Row> networks, List<String> concepts) {
    }

    /**
     * One network in the list. {@code containers} counts every container configured on it (running or not),
     * {@code running} those running; {@code builtIn} true for bridge, host and none.
     */
    public record Row(String name, String id, String driver, String scope, List<NetworkDetails.IpamConfig> subnets,
                      boolean internal, boolean attachable, boolean ingress, boolean builtIn, Kind kind,
                      int containers, int running) {
    }

    /**
     * One network. {@code bridgeInterface} the Linux bridge on the host ("" when not a bridge); {@code parent} the
     * parent interface of macvlan/ipvlan ("" otherwise); {@code resolvesByName} whether containers find each other by
     * name through Docker's DNS; {@code containers} the running members with their endpoint; {@code stopped} names of
     * containers configured on the network but not running (they have no endpoint now).
     */
    public record View(String name, String id, String created, String driver, String scope, Kind kind,
                       boolean internal, boolean attachable, boolean enableIpv6, boolean builtIn,
                       List<NetworkDetails.IpamConfig> subnets, String bridgeInterface, String parent,
                       boolean resolvesByName, Reach reach, Map<String, String> options, Map<String, String> labels,
                       List<Member> containers, List<String> stopped, List<String> concepts) {
    }

    /** A running container on the network: addresses in CIDR form, its aliases (DNS names) and published ports. */
    public record Member(String name, String id, String ipv4Address, String ipv6Address, String macAddress,
                         List<String> aliases, List<Published> ports) {
    }

    /** {@code hostIp:hostPort -> containerPort/protocol}; {@code hostIp} "" means all addresses. */
    public record Published(String hostIp, String hostPort, int containerPort, String protocol) {
    }
}
