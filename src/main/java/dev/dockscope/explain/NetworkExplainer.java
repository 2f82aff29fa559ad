package dev.dockscope.explain;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.network.NetworkFacts;
import dev.dockscope.docker.Engine;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.model.network.NetworkReport.Member;
import dev.dockscope.model.network.NetworkReport.Published;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code dockscope network}: the daemon's networks, or one drawn from its real containers. */
public final class NetworkExplainer {
    static final List<String> CONCEPTS = List.of("network");
    private final Engine engine;

    public NetworkExplainer(Engine engine) {
        this.engine = engine;
    }

    public NetworkReport.Overview list() {
        List<ContainerSummary> containers = engine.containers(true);
        List<NetworkReport.Row> rows = new ArrayList<>();
        for (NetworkDetails n : engine.networks()) {
            int all = 0;
            int running = 0;
            for (ContainerSummary c : containers) {
                if (c.networks().contains(n.name())) {
                    all++;
                    if (c.state().equals("running")) {
                        running++;
                    }
                }
            }
            rows.add(new NetworkReport.Row(n.name(), n.id(), n.driver(), n.scope(), n.ipam().configs(), n.internal(),
                    n.attachable(), n.ingress(), n.predefined(), NetworkFacts.kind(n), all, running));
        }
        rows.sort(Comparator.comparing((NetworkReport.Row r) -> !r.builtIn()).thenComparing(NetworkReport.Row::name));
        return new NetworkReport.Overview(List.copyOf(rows), CONCEPTS);
    }

    public NetworkReport.View one(String nameOrId) {
        NetworkDetails n = engine.network(nameOrId);
        List<Member> members = new ArrayList<>();
        for (Map.Entry<String, NetworkDetails.Attached> e : n.containers().entrySet()) {
            NetworkDetails.Attached a = e.getValue();
            ContainerDetails c;
            try {
                c = engine.container(e.getKey());
            } catch (DockscopeException gone) {
                if (gone.exitCode() != ExitCode.NOT_FOUND) {
                    throw gone;
                }
                members.add(new Member(a.name(), e.getKey(), a.ipv4Address(), a.ipv6Address(), a.macAddress(),
                        List.of(), List.of()));
                continue;
            }
            ContainerDetails.Endpoint ep = c.networkSettings().networks().get(n.name());
            List<String> aliases = new ArrayList<>();
            if (ep != null) {
                for (String alias : ep.aliases()) {
                    // the daemon adds the short container id as an alias; it is noise next to the name
                    if (!c.id().startsWith(alias) && !aliases.contains(alias)) {
                        aliases.add(alias);
                    }
                }
                for (String dns : ep.dnsNames()) {
                    if (!c.id().startsWith(dns) && !dns.equals(c.name()) && !aliases.contains(dns)) {
                        aliases.add(dns);
                    }
                }
            }
            members.add(new Member(c.name(), c.id(), a.ipv4Address(), a.ipv6Address(), a.macAddress(),
                    List.copyOf(aliases), published(c)));
        }
        members.sort(Comparator.comparing(Member::name));
        List<String> stopped = new ArrayList<>();
        for (ContainerSummary c : engine.containers(true)) {
            if (c.networks().contains(n.name()) && !n.containers().containsKey(c.id())) {
                stopped.add(c.name());
            }
        }
        stopped.sort(null);
        return new NetworkReport.View(n.name(), n.id(), n.created(), n.driver(), n.scope(), NetworkFacts.kind(n),
                n.internal(), n.attachable(), n.enableIpv6(), n.predefined(), n.ipam().configs(),
                NetworkFacts.bridgeInterface(n), NetworkFacts.parent(n), NetworkFacts.resolvesByName(n),
                NetworkFacts.reach(n), n.options(), n.labels(), List.copyOf(members), List.copyOf(stopped), CONCEPTS);
    }

    /** Published ports: what the daemon bound, else what was asked for (an internal network binds nothing). */
    static List<Published> published(ContainerDetails c) {
        List<Published> out = new ArrayList<>();
        Map<String, List<ContainerDetails.PortBinding>> ports = c.networkSettings().ports();
        boolean bound = ports.values().stream().anyMatch(l -> !l.isEmpty());
        if (!bound) {
            ports = c.hostConfig().portBindings();
        }
        for (Map.Entry<String, List<ContainerDetails.PortBinding>> e : ports.entrySet()) {
            String[] portProto = e.getKey().split("/", 2);
            int port;
            try {
                port = Integer.parseInt(portProto[0]);
            } catch (NumberFormatException notAPort) {
                continue;
            }
            String proto = portProto.length > 1 ? portProto[1] : "tcp";
            for (ContainerDetails.PortBinding b : e.getValue()) {
                out.add(new Published(b.hostIp(), b.hostPort(), port, proto));
            }
        }
        out.sort(Comparator.comparingInt(Published::containerPort).thenComparing(Published::hostIp));
        return List.copyOf(out);
    }
}
