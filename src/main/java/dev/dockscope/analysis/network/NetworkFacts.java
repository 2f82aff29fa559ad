package dev.dockscope.analysis.network;

import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport.Kind;
import dev.dockscope.model.network.NetworkReport.Reach;

/** Facts a network's record implies: its kind, its Linux bridge, name resolution and its way out. */
public final class NetworkFacts {
    static final String BRIDGE_NAME = "com.docker.network.bridge.name";
    static final String MASQUERADE = "com.docker.network.bridge.enable_ip_masquerade";

    private NetworkFacts() {
    }

    public static Kind kind(NetworkDetails n) {
        return switch (n.driver()) {
            case "bridge" -> Kind.BRIDGE;
            case "host" -> Kind.HOST;
            case "null" -> Kind.NONE;
            case "macvlan" -> Kind.MACVLAN;
            case "ipvlan" -> Kind.IPVLAN;
            case "overlay" -> Kind.OVERLAY;
            default -> n.name().equals("none") ? Kind.NONE : n.name().equals("host") ? Kind.HOST : Kind.OTHER;
        };
    }

    /**
     * The host's bridge interface: the {@code com.docker.network.bridge.name} option when set, {@code docker0} for
     * the default bridge, otherwise {@code br-} and the network id's first 12 hex digits. "" for other drivers.
     */
    public static String bridgeInterface(NetworkDetails n) {
        if (kind(n) != Kind.BRIDGE) {
            return "";
        }
        String named = n.options().getOrDefault(BRIDGE_NAME, "");
        if (!named.isEmpty()) {
            return named;
        }
        if (n.name().equals("bridge")) {
            return "docker0";
        }
        return "br-" + n.id().substring(0, Math.min(12, n.id().length()));
    }

    /** macvlan and ipvlan: the {@code parent} option (the daemon makes a dummy interface when none is given). */
    public static String parent(NetworkDetails n) {
        Kind k = kind(n);
        return k == Kind.MACVLAN || k == Kind.IPVLAN ? n.options().getOrDefault("parent", "") : "";
    }

    /** Docker's embedded DNS answers container names and aliases on every network except the default bridge. */
    public static boolean resolvesByName(NetworkDetails n) {
        Kind k = kind(n);
        if (k == Kind.HOST || k == Kind.NONE) {
            return false;
        }
        return !(k == Kind.BRIDGE && n.name().equals("bridge"));
    }

    public static Reach reach(NetworkDetails n) {
        Kind k = kind(n);
        if (k == Kind.HOST) {
            return Reach.HOST_STACK;
        }
        if (k == Kind.NONE) {
            return Reach.NO_INTERFACE;
        }
        if (n.internal()) {
            return Reach.INTERNAL;
        }
        return switch (k) {
            case BRIDGE -> "false".equals(n.options().get(MASQUERADE)) ? Reach.ROUTED : Reach.NAT;
            case MACVLAN, IPVLAN -> Reach.PARENT;
            case OVERLAY -> Reach.MULTI_HOST;
            default -> Reach.UNKNOWN;
        };
    }
}
