package dev.dockscope.render.text.network;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport.Kind;
import dev.dockscope.model.network.NetworkReport.Member;
import dev.dockscope.model.network.NetworkReport.Published;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.render.text.Boxes;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.render.text.Wrap;
import java.util.ArrayList;
import java.util.List;

/** {@code dockscope network}: the list of networks, or one network drawn as its bridge with a box per container. */
public final class NetworkTextRenderer {
    private static final int INDENT = 2;
    private final Palette p;
    private final int width;

    public NetworkTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(NetworkReport.Overview o) {
        Lines out = new Lines(p, width);
        out.add(p.heading("NETWORKS") + "  " + p.dim(o.networks().size() + " on this daemon"));
        int nameW = 4;
        int driverW = 6;
        for (NetworkReport.Row r : o.networks()) {
            nameW = Math.max(nameW, Math.min(24, TextWidth.of(r.name())));
            driverW = Math.max(driverW, Math.min(10, TextWidth.of(r.driver())));
        }
        out.add(p.dim("  " + TextWidth.padRight("NAME", nameW) + "  " + TextWidth.padRight("DRIVER", driverW)
                + "  SCOPE  CONTAINERS  FLAGS"));
        for (NetworkReport.Row r : o.networks()) {
            List<String> flags = new ArrayList<>();
            if (r.builtIn()) {
                flags.add("built-in");
            }
            if (r.internal()) {
                flags.add("internal");
            }
            if (r.attachable()) {
                flags.add("attachable");
            }
            if (r.ingress()) {
                flags.add("ingress");
            }
            String count = r.containers() + (r.containers() == r.running() ? "" : " (" + r.running() + " up)");
            out.add("  " + TextWidth.padRight(p.bold(TextWidth.truncate(r.name(), nameW, p.ascii())), nameW) + "  "
                    + TextWidth.padRight(TextWidth.truncate(r.driver(), driverW, p.ascii()), driverW) + "  "
                    + TextWidth.padRight(r.scope(), 5) + "  " + TextWidth.padRight(count, 10) + "  "
                    + String.join(", ", flags));
            for (NetworkDetails.IpamConfig c : r.subnets()) {
                out.add(p.dim("      subnet " + c.subnet() + (c.gateway().isEmpty() ? "" : ", gateway " + c.gateway())));
            }
        }
        boolean any = false;
        for (NetworkReport.Row r : o.networks()) {
            if (r.builtIn()) {
                if (!any) {
                    out.blank();
                    out.add(p.heading("BUILT-IN"));
                    any = true;
                }
                out.add(Wrap.hanging("  " + TextWidth.padRight(r.name(), 7), builtIn(r.name()), width));
            }
        }
        out.blank();
        out.add(p.dim("dockscope network NAME draws one network with its containers."));
        out.add(p.dim(Concept.NETWORK.footer(p.ascii())));
        return out.toString();
    }

    static String builtIn(String name) {
        return switch (name) {
            case "bridge" -> "the default bridge (docker0): private IPs and NAT out, but no name lookup; only "
                    + "legacy --link connects containers by name";
            case "host" -> "no network isolation: containers use the host's own interfaces and ports";
            case "none" -> "no network at all: a container gets only its loopback interface";
            default -> "";
        };
    }

    public String render(NetworkReport.View v) {
        Lines out = new Lines(p, width);
        List<String> flags = new ArrayList<>(List.of(v.driver(), v.scope()));
        if (v.internal()) {
            flags.add("internal");
        }
        if (v.attachable()) {
            flags.add("attachable");
        }
        if (v.builtIn()) {
            flags.add("built-in");
        }
        out.add(p.heading("NETWORK " + v.name()) + "  " + p.dim(String.join(", ", flags)));
        field(out, "id", v.id().substring(0, Math.min(12, v.id().length())) + p.dim("  created " + v.created()));
        if (!v.bridgeInterface().isEmpty()) {
            field(out, "interface", v.bridgeInterface() + p.dim("  (the Linux bridge on the host)"));
        }
        if (!v.parent().isEmpty()) {
            field(out, "parent", v.parent());
        }
        for (NetworkDetails.IpamConfig c : v.subnets()) {
            field(out, "subnet", c.subnet() + (c.gateway().isEmpty() ? "" : ", gateway " + c.gateway())
                    + (c.ipRange().isEmpty() ? "" : ", range " + c.ipRange()));
        }
        field(out, "names", names(v));
        field(out, "outside", reach(v));
        out.blank();
        for (String l : diagram(v)) {
            out.add(l);
        }
        List<String> arrows = new ArrayList<>();
        for (Member m : v.containers()) {
            for (Published pub : m.ports()) {
                String ip = pub.hostIp().isEmpty() ? "0.0.0.0" : pub.hostIp();
                String host = (ip.contains(":") ? "[" + ip + "]" : ip) + ":"
                        + (pub.hostPort().isEmpty() ? "(any)" : pub.hostPort());
                arrows.add("  host " + host + " " + (p.ascii() ? "--->" : "───▶") + " " + m.name() + " "
                        + pub.containerPort() + "/" + pub.protocol());
            }
        }
        if (!arrows.isEmpty()) {
            out.blank();
            out.add(p.heading("PUBLISHED PORTS"));
            arrows.forEach(out::add);
            if (v.internal()) {
                out.add(Wrap.hanging("  ", p.dim("On an internal network the daemon does not bind these ports: "
                        + "nothing outside can reach them."), width));
            }
        }
        if (!v.stopped().isEmpty()) {
            out.blank();
            out.add(Wrap.hanging("  not running (no address now): ", String.join(", ", v.stopped()), width));
        }
        out.add(p.dim(Concept.NETWORK.footer(p.ascii())));
        return out.toString();
    }

    private static String names(NetworkReport.View v) {
        if (v.kind() == Kind.HOST) {
            return "containers share the host's network stack: they use the host's own resolver and ports";
        }
        if (v.kind() == Kind.NONE) {
            return "nothing to resolve: containers here have only a loopback interface";
        }
        if (v.resolvesByName()) {
            return "containers resolve each other by name and alias through Docker's DNS (127.0.0.11)";
        }
        return "no name lookup on the default bridge: only legacy --link or IP addresses";
    }

    private static String reach(NetworkReport.View v) {
        return switch (v.reach()) {
            case INTERNAL -> "internal: no route out; containers here reach only each other";
            case NAT -> "through the host, with NAT (masquerade) on the way out";
            case ROUTED -> "routed through the host without NAT (masquerading is off)";
            case HOST_STACK -> "the host's own interfaces: whatever the host can reach";
            case NO_INTERFACE -> "nowhere: no interface but loopback";
            case PARENT -> "straight onto the LAN of the parent interface, with their own MAC addresses";
            case MULTI_HOST -> "across the swarm's nodes (VXLAN); out through each node's gateway bridge";
            case UNKNOWN -> "depends on the driver " + v.driver();
        };
    }

    private List<String> diagram(NetworkReport.View v) {
        int inner = Boxes.inner(width, INDENT);
        int per = Boxes.perRow(width, INDENT, inner);
        List<List<String>> boxes = new ArrayList<>();
        for (Member m : v.containers()) {
            boxes.add(box(m, v.kind(), inner));
        }
        List<String> lines = new ArrayList<>();
        String bus = switch (v.kind()) {
            case BRIDGE -> "bridge " + v.bridgeInterface() + gateway(v);
            case MACVLAN, IPVLAN -> "parent " + (v.parent().isEmpty() ? "(dummy interface)" : v.parent())
                    + " " + v.driver() + gateway(v);
            case OVERLAY -> "overlay " + v.name() + " (VXLAN, multi-host)" + gateway(v);
            case HOST -> "the host's network stack (no veth, no address of their own)";
            case NONE -> "no interface: each container has only lo";
            default -> v.driver() + gateway(v);
        };
        lines.add(" ".repeat(INDENT) + TextWidth.truncate(bus, width - INDENT, false));
        if (boxes.isEmpty()) {
            lines.add(" ".repeat(INDENT) + "═".repeat(Math.max(4, Math.min(40, width - INDENT))));
            lines.add(" ".repeat(INDENT) + "(no running container is attached)");
            return p.ascii() ? Boxes.ascii(lines) : lines;
        }
        boolean wired = v.kind() != Kind.HOST && v.kind() != Kind.NONE;
        String stub = switch (v.kind()) {
            case MACVLAN -> "macvlan";
            case IPVLAN -> "ipvlan";
            default -> "veth";
        };
        for (int i = 0; i < boxes.size(); i += per) {
            List<List<String>> row = boxes.subList(i, Math.min(boxes.size(), i + per));
            if (wired) {
                lines.add(Boxes.bus(row.size(), INDENT, inner));
            } else if (i == 0) {
                lines.add(" ".repeat(INDENT) + "╌".repeat(Math.max(4, Math.min(40, width - INDENT))));
            }
            lines.addAll(Boxes.row(row, INDENT, inner, wired ? stub : null));
        }
        return p.ascii() ? Boxes.ascii(lines) : lines;
    }

    private static String gateway(NetworkReport.View v) {
        for (NetworkDetails.IpamConfig c : v.subnets()) {
            if (!c.gateway().isEmpty()) {
                return ", gateway " + c.gateway();
            }
        }
        return "";
    }

    private static List<String> box(Member m, Kind kind, int inner) {
        List<String> b = new ArrayList<>();
        b.add(m.name());
        if (kind == Kind.NONE) {
            b.add("lo 127.0.0.1");
        } else if (kind == Kind.HOST) {
            b.add("host's interfaces");
        } else {
            b.add(m.ipv4Address().isEmpty() ? "no IPv4" : m.ipv4Address());
            if (!m.ipv6Address().isEmpty()) {
                b.add(m.ipv6Address());
            }
            if (!m.macAddress().isEmpty()) {
                b.add(m.macAddress());
            }
        }
        if (!m.aliases().isEmpty()) {
            b.addAll(Wrap.lines("aka " + String.join(", ", m.aliases()), inner));
        }
        for (Published pub : m.ports()) {
            String line = pub.containerPort() + "/" + pub.protocol() + " ◀ " + pub.hostPort();
            if (!b.contains(line)) {
                b.add(line); // the IPv4 and IPv6 bindings of one port are one line
            }
        }
        return b;
    }

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging("  " + TextWidth.padRight(label, 10), value, width));
    }
}
