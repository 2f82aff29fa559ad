package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.str;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The user-defined network with the most containers: driver, internal flag, subnet, containers and their IPs. */
final class NetworkLive implements LiveFinder {
    static final Set<String> BUILT_IN = Set.of("bridge", "host", "none");
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
        for (JsonNode n : ctx.networks()) {
            if (!BUILT_IN.contains(n.path("Name").asText())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Map<String, String> userDefined = new TreeMap<>();
        for (JsonNode n : ctx.networks()) {
            if (!BUILT_IN.contains(n.path("Name").asText())) {
                userDefined.put(n.path("Name").asText(), n.path("Id").asText());
            }
        }
        if (userDefined.isEmpty()) {
            b.none("Only the built-in networks exist here (bridge, host, none).");
            b.note("Make one: docker network create --internal demo; docker run -d --network demo --name a IMAGE "
                    + "sleep 600; and a second container b. Then a reaches b by name.");
            return b.build();
        }
        JsonNode best = null;
        int most = -1;
        int seen = 0;
        for (String id : userDefined.values()) {
            if (seen++ >= MAX_NETWORKS) {
                break;
            }
            JsonNode n;
            try {
                n = ctx.networkInspect(id);
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            int count = n.path("Containers").size();
            if (count > most) {
                most = count;
                best = n;
            }
        }
        if (best == null) {
            b.none("The user-defined networks disappeared while dockscope looked; try again.");
            return b.build();
        }
        String name = str(best, "Name");
        boolean internal = best.path("Internal").asBoolean(false);
        b.headline("Network " + name + " connects " + most + " container" + (most == 1 ? "" : "s")
                + (userDefined.size() > 1 ? " (the busiest of " + userDefined.size() + " user-defined networks)." : "."));
        b.fact("driver", str(best, "Driver"));
        b.fact("internal", internal ? "yes: no route out of this network" : "no: traffic can leave through the host");
        List<String> subnets = new ArrayList<>();
        for (JsonNode cfg : best.path("IPAM").path("Config")) {
            String s = str(cfg, "Subnet");
            String gw = str(cfg, "Gateway");
            if (!s.isEmpty()) {
                subnets.add(s + (gw.isEmpty() ? "" : " via " + gw));
            }
        }
        b.fact("subnet", subnets.isEmpty() ? "?" : String.join(", ", subnets));
        b.fact("containers", most == 0 ? "none attached" : "");
        List<Map<String, String>> members = new ArrayList<>();
        Map<String, JsonNode> byName = new TreeMap<>();
        best.path("Containers").forEach(c -> byName.put(c.path("Name").asText(), c));
        byName.forEach((cname, c) -> {
            String ip = str(c, "IPv4Address");
            b.fact(1, Sanitizer.line(cname), ip.isEmpty() ? "no IPv4 address" : ip);
            Map<String, String> m = new LinkedHashMap<>();
            m.put("name", Sanitizer.line(cname));
            m.put("ipv4Address", ip);
            m.put("macAddress", str(c, "MacAddress"));
            members.add(m);
        });
        if (most > 1) {
            b.note("These containers reach each other by name through Docker's DNS on this network.");
        }
        b.raw("network", name);
        b.raw("id", str(best, "Id"));
        b.raw("driver", str(best, "Driver"));
        b.raw("internal", internal);
        b.raw("subnets", subnets);
        b.raw("containers", members);
        return b.build();
    }
}
