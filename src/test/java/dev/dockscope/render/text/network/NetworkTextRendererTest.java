package dev.dockscope.render.text.network;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.model.network.NetworkReport.Kind;
import dev.dockscope.model.network.NetworkReport.Member;
import dev.dockscope.model.network.NetworkReport.Published;
import dev.dockscope.model.network.NetworkReport.Reach;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Golden;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NetworkTextRendererTest {
    static final List<NetworkDetails.IpamConfig> SUBNET = List.of(new NetworkDetails.IpamConfig("172.20.0.0/16", "",
            "172.20.0.1"));

    static NetworkReport.View shop() {
        List<Member> members = List.of(
                new Member("shop-web-1", "a1", "172.20.0.2/16", "", "02:42:ac:14:00:02", List.of("web"),
                        List.of(new Published("0.0.0.0", "8080", 80, "tcp"), new Published("::", "8080", 80, "tcp"))),
                new Member("shop-api-1", "b2", "172.20.0.3/16", "", "02:42:ac:14:00:03", List.of("api", "backend"),
                        List.of()),
                new Member("shop-db-1", "c3", "172.20.0.4/16", "", "02:42:ac:14:00:04", List.of("db"), List.of()),
                new Member("shop-cache-1", "d4", "172.20.0.5/16", "", "02:42:ac:14:00:05", List.of("cache"), List.of()));
        return new NetworkReport.View("shop_default", "5f1c0a9e2b7d44aa", "2026-11-30T12:00:00Z", "bridge", "local",
                Kind.BRIDGE, false, false, false, false, SUBNET, "br-5f1c0a9e2b7d", "", true, Reach.NAT, Map.of(),
                Map.of(), members, List.of("shop-worker-1"), List.of("network"));
    }

    static String render(NetworkReport.View v, boolean ascii, int width) {
        return new NetworkTextRenderer(new Palette(false, ascii), width).render(v);
    }

    @Test
    void bridgeWithFourContainers() {
        Golden.assertMatches(getClass(), "bridgeWithFourContainers.txt", render(shop(), false, 80));
    }

    @Test
    void bridgeWithFourContainersAscii() {
        String out = render(shop(), true, 80);
        Golden.assertMatches(getClass(), "bridgeWithFourContainersAscii.txt", out);
        assertTrue(out.chars().allMatch(c -> c < 0x80), out);
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 72, 80, 100, 140})
    void nothingWiderThanTheWidth(int width) {
        for (boolean ascii : new boolean[] {false, true}) {
            String out = render(shop(), ascii, width);
            for (String line : out.split("\n")) {
                assertTrue(TextWidth.of(line) <= width, width + ": " + line);
            }
            assertTrue(out.contains("shop-cache-1"), out);
        }
    }

    @Test
    void hostAndMacvlanSayWhatIsTrueOfThem() {
        NetworkReport.View host = new NetworkReport.View("host", "h", "", "host", "local", Kind.HOST, false, false,
                false, true, List.of(), "", "", false, Reach.HOST_STACK, Map.of(), Map.of(),
                List.of(new Member("tool", "t", "", "", "", List.of(), List.of())), List.of(), List.of("network"));
        String h = render(host, false, 80);
        assertTrue(h.contains("the host's network stack (no veth, no address of their own)"), h);
        assertTrue(h.contains("host's interfaces"), h);
        NetworkReport.View lan = new NetworkReport.View("lan", "m", "", "macvlan", "local", Kind.MACVLAN, false,
                false, false, false, SUBNET, "", "eth0", true, Reach.PARENT, Map.of("parent", "eth0"), Map.of(),
                List.of(new Member("cam", "c", "172.20.0.9/16", "", "02:42:ac:14:00:09", List.of(), List.of())),
                List.of(), List.of("network"));
        String m = render(lan, false, 80);
        assertTrue(m.contains("parent eth0 macvlan") && m.contains("│ macvlan"), m);
        assertTrue(m.contains("straight onto the LAN of the parent interface"), m);
    }

    @Test
    void listExplainsTheBuiltIns() {
        NetworkReport.Overview o = new NetworkReport.Overview(List.of(
                new NetworkReport.Row("bridge", "b", "bridge", "local", SUBNET, false, false, false, true, Kind.BRIDGE,
                        2, 1),
                new NetworkReport.Row("host", "h", "host", "local", List.of(), false, false, false, true, Kind.HOST, 0,
                        0),
                new NetworkReport.Row("shop_default", "s", "bridge", "local", SUBNET, true, true, false, false,
                        Kind.BRIDGE, 4, 4)), List.of("network"));
        Golden.assertMatches(getClass(), "list.txt", new NetworkTextRenderer(new Palette(false, false), 80).render(o));
    }
}
