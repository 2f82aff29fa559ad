package dev.dockscope.render.text.network;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.network.NetworkReport.Kind;
import dev.dockscope.model.network.NetworkReport.Member;
import dev.dockscope.model.network.NetworkReport.Published;
import dev.dockscope.model.network.NetworkReport;
import dev.dockscope.render.text.Boxes;
import dev.dockscope.render.text.Line;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.Span;
import dev.dockscope.render.text.Style;
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
        out.add(p.line().heading("NETWORKS").text("  ").dim(o.networks().size() + " on this daemon").build());
        int nameW = 4;
        int driverW = 6;
        for (NetworkReport.Row r : o.networks()) {
            nameW = Math.max(nameW, Math.min(24, Span.plain(r.name()).width()));
            driverW = Math.max(driverW, Math.min(10, Span.plain(r.driver()).width()));
        }
        out.add(p.dimLine("  " + TextWidth.padRight("NAME", nameW) + "  " + TextWidth.padRight("DRIVER", driverW)
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
            // cut and padded as spans, after the text is cleaned: a control character cannot shift the columns
            out.add(p.line().text("  ").add(Line.of(p.span(Style.BOLD, r.name())).cut(nameW, p.ellipsis()))
                    .pad(nameW + 2).text("  ").add(Line.of(r.driver()).cut(driverW, p.ellipsis())).pad(nameW + driverW + 4)
                    .text("  " + TextWidth.padRight(r.scope(), 5) + "  " + TextWidth.padRight(count, 10) + "  "
                    + String.join(", ", flags)).build());
            for (NetworkDetails.IpamConfig c : r.subnets()) {
                out.add(p.dimLine("      subnet " + c.subnet() + (c.gateway().isEmpty() ? "" : ", gateway " + c.gateway())));
            }
        }
        boolean any = false;
        for (NetworkReport.Row r : o.networks()) {
            if (r.builtIn()) {
                if (!any) {
                    out.blank();
                    out.add(p.line().heading("BUILT-IN").build());
                    any = true;
                }
                out.addHanging(Line.of("  " + TextWidth.padRight(r.name(), 7)), Line.of(builtIn(r.name())));
            }
        }
        out.blank();
        out.add(p.dimLine("dockscope network NAME draws one network with its containers."));
        out.add(p.dimLine(Concept.NETWORK.footer(p.ascii())));
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
        out.add(p.line().heading("NETWORK " + v.name()).text("  ").dim(String.join(", ", flags)).build());
        field(out, "id", p.line().text(v.id().substring(0, Math.min(12, v.id().length())))
                .dim("  created " + v.created()).build());
        if (!v.bridgeInterface().isEmpty()) {
            field(out, "interface", p.line().text(v.bridgeInterface()).dim("  (the Linux bridge on the host)").build());
        }
        if (!v.parent().isEmpty()) {
            field(out, "parent", Line.of(v.parent()));
        }
        for (NetworkDetails.IpamConfig c : v.subnets()) {
            field(out, "subnet", Line.of(c.subnet() + (c.gateway().isEmpty() ? "" : ", gateway " + c.gateway())
                    + (c.ipRange().isEmpty() ? "" : ", range " + c.ipRange())));
        }
        field(out, "names", Line.of(names(v)));
        field(out, "outside", Line.of(reach(v)));
        out.blank();
        for (String l : diagram(v)) {
            out.add(Line.of(l));
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
            out.add(p.line().heading("PUBLISHED PORTS").build());
            arrows.forEach(a -> out.add(Line.of(a)));
            if (v.internal()) {
                out.addHanging(Line.of("  "), p.dimLine("On an internal network the daemon does not bind these ports: "
                        + "nothing outside can reach them."));
            }
        }
        if (!v.stopped().isEmpty()) {
            out.blank();
            out.addHanging(Line.of("  not running (no address now): "), Line.of(String.join(", ", v.stopped())));
        }
        out.add(p.dimLine(Concept.NETWORK.footer(p.ascii())));
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
            for (Line l : Wrap.lines(Line.of("aka " + String.join(", ", m.aliases())), inner, Line.EMPTY, Line.EMPTY)) {
                b.add(l.text());
            }
        }
        for (Published pub : m.ports()) {
            String line = pub.containerPort() + "/" + pub.protocol() + " ◀ " + pub.hostPort();
            if (!b.contains(line)) {
                b.add(line); // the IPv4 and IPv6 bindings of one port are one line
            }
        }
        return b;
    }

    private void field(Lines out, String label, Line value) {
        out.addHanging(Line.of("  " + TextWidth.padRight(label, 10)), value);
    }
}
