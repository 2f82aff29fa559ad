package dev.dockscope.explain;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.network.NetworkDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The user-defined network with the most containers: driver, internal flag, subnet, containers and their IPs. */
final class NetworkLive implements LiveFinder {
    static final int MAX_NETWORKS = 50;

    @Override
    public Concept concept() {
        return Concept.NETWORK;
    }

    @Override
    public String wouldShow() {
        return "your busiest user-defined network: its driver, whether it is internal, its containers and their IPs.";
    }

    @Override
    public boolean available(LiveContext ctx) {
        for (NetworkDetails n : ctx.networks()) {
            if (!n.predefined()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Map<String, String> userDefined = new TreeMap<>();
        for (NetworkDetails n : ctx.networks()) {
            if (!n.predefined()) {
                userDefined.put(n.name(), n.id());
            }
        }
        if (userDefined.isEmpty()) {
            // name the built-in networks this daemon really has: one started with --bridge=none has no "bridge"
            List<String> builtIn = ctx.networks().stream().map(NetworkDetails::name).sorted().toList();
            b.none(builtIn.isEmpty() ? "No networks exist on this daemon."
                    : "Only the built-in network" + (builtIn.size() == 1 ? "" : "s") + " exist" + (builtIn.size() == 1 ? "s" : "")
                            + " here (" + String.join(", ", builtIn) + ").");
            b.note("Make one: docker network create --internal demo; docker run -d --network demo --name a IMAGE "
                    + "sleep 600; and a second container b. Then a reaches b by name.");
            return b.build();
        }
        NetworkDetails best = null;
        int most = -1;
        int seen = 0;
        for (String id : userDefined.values()) {
            if (seen++ >= MAX_NETWORKS) {
                break;
            }
            NetworkDetails n;
            try {
                n = ctx.network(id);
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            int count = n.containers().size();
            if (count > most) {
                most = count;
                best = n;
            }
        }
        if (best == null) {
            b.none("The user-defined networks disappeared while dockscope looked; try again.");
            return b.build();
        }
        String name = best.name();
        boolean internal = best.internal();
        b.headline("Network " + name + " connects " + most + " container" + (most == 1 ? "" : "s")
                + (userDefined.size() > 1 ? " (the busiest of " + userDefined.size() + " user-defined networks)." : "."));
        b.fact("driver", best.driver());
        b.fact("internal", internal ? "yes: no route out of this network" : "no: traffic can leave through the host");
        List<String> subnets = new ArrayList<>();
        for (NetworkDetails.IpamConfig cfg : best.ipam().configs()) {
            String s = cfg.subnet();
            String gw = cfg.gateway();
            if (!s.isEmpty()) {
                subnets.add(s + (gw.isEmpty() ? "" : " via " + gw));
            }
        }
        b.fact("subnet", subnets.isEmpty() ? "?" : String.join(", ", subnets));
        b.fact("containers", most == 0 ? "none attached" : "");
        List<Map<String, String>> members = new ArrayList<>();
        Map<String, NetworkDetails.Attached> byName = new TreeMap<>();
        best.containers().values().forEach(c -> byName.put(c.name(), c));
        byName.forEach((cname, c) -> {
            String ip = c.ipv4Address();
            b.fact(1, cname, ip.isEmpty() ? "no IPv4 address" : ip);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", cname);
            m.put("ipv4Address", ip);
            m.put("macAddress", c.macAddress());
            members.add(m);
        });
        if (most > 1) {
            b.note("These containers reach each other by name through Docker's DNS on this network.");
        }
        b.raw("network", name);
        b.raw("id", best.id());
        b.raw("driver", best.driver());
        b.raw("internal", internal);
        b.raw("subnets", subnets);
        b.raw("containers", members);
        return b.build();
    }
}
