package dev.dockscope.analysis.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport.Kind;
import dev.dockscope.model.network.NetworkReport.Reach;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkFactsTest {
    static NetworkDetails net(String name, String driver, boolean internal, Map<String, String> options) {
        return new NetworkDetails("0123456789abcdef0123", name, "", driver, "local", internal, false, false, false,
                new NetworkDetails.Ipam("default", List.of(), Map.of()), options, Map.of(), Map.of());
    }

    @Test
    void bridgeInterfaceNames() {
        assertEquals("docker0", NetworkFacts.bridgeInterface(net("bridge", "bridge", false, Map.of())));
        assertEquals("br-0123456789ab", NetworkFacts.bridgeInterface(net("shop", "bridge", false, Map.of())));
        assertEquals("shop0", NetworkFacts.bridgeInterface(net("shop", "bridge", false,
                Map.of("com.docker.network.bridge.name", "shop0"))));
        assertEquals("", NetworkFacts.bridgeInterface(net("host", "host", false, Map.of())));
    }

    @Test
    void nameResolutionOnlyOffTheDefaultBridge() {
        assertFalse(NetworkFacts.resolvesByName(net("bridge", "bridge", false, Map.of())));
        assertTrue(NetworkFacts.resolvesByName(net("shop", "bridge", false, Map.of())));
        assertFalse(NetworkFacts.resolvesByName(net("none", "null", false, Map.of())));
        assertTrue(NetworkFacts.resolvesByName(net("o", "overlay", false, Map.of())));
    }

    @Test
    void reachByDriverAndFlags() {
        assertEquals(Reach.INTERNAL, NetworkFacts.reach(net("shop", "bridge", true, Map.of())));
        assertEquals(Reach.NAT, NetworkFacts.reach(net("shop", "bridge", false, Map.of())));
        assertEquals(Reach.ROUTED, NetworkFacts.reach(net("shop", "bridge", false,
                Map.of("com.docker.network.bridge.enable_ip_masquerade", "false"))));
        assertEquals(Reach.HOST_STACK, NetworkFacts.reach(net("host", "host", false, Map.of())));
        assertEquals(Reach.NO_INTERFACE, NetworkFacts.reach(net("none", "null", false, Map.of())));
        assertEquals(Reach.PARENT, NetworkFacts.reach(net("lan", "macvlan", false, Map.of("parent", "eth0"))));
        assertEquals("eth0", NetworkFacts.parent(net("lan", "macvlan", false, Map.of("parent", "eth0"))));
        assertEquals(Reach.MULTI_HOST, NetworkFacts.reach(net("o", "overlay", false, Map.of())));
        assertEquals(Kind.IPVLAN, NetworkFacts.kind(net("l", "ipvlan", false, Map.of())));
    }
}
