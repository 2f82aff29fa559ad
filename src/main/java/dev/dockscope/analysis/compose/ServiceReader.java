package dev.dockscope.analysis.compose;

import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Mount;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.compose.Node;
import dev.dockscope.model.compose.Node.Pos;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/** The short and long syntaxes of a service's keys, read into records. */
final class ServiceReader {
    private ServiceReader() {
    }

    /** environment, labels, depends_on and networks as mappings, whichever syntax the file used (before merging). */
    static Node.Mapping normalize(Node.Mapping svc) {
        Map<String, Node> e = new LinkedHashMap<>(svc.entries());
        for (String key : List.of("environment", "labels")) {
            if (e.get(key) instanceof Node.Sequence seq) {
                Map<String, Node> m = new LinkedHashMap<>();
                Map<String, Pos> k = new LinkedHashMap<>();
                for (Node i : seq.items()) {
                    String t = Nodes.text(i);
                    if (t == null) {
                        continue;
                    }
                    int eq = t.indexOf('=');
                    String name = eq < 0 ? t : t.substring(0, eq);
                    m.put(name, new Node.Scalar(eq < 0 ? null : t.substring(eq + 1), i.pos()));
                    k.put(name, i.pos());
                }
                e.put(key, Nodes.mapping(m, k, seq.pos()));
            }
        }
        for (String key : List.of("depends_on", "networks")) {
            if (e.get(key) instanceof Node.Sequence seq) {
                Map<String, Node> m = new LinkedHashMap<>();
                Map<String, Pos> k = new LinkedHashMap<>();
                for (Node i : seq.items()) {
                    String t = Nodes.text(i);
                    if (t != null) {
                        m.put(t, key.equals("depends_on")
                                ? Nodes.mapping(Map.of("condition", new Node.Scalar("service_started", i.pos())),
                                        Map.of("condition", i.pos()), i.pos())
                                : new Node.Scalar(null, i.pos()));
                        k.put(t, i.pos());
                    }
                }
                e.put(key, Nodes.mapping(m, k, seq.pos()));
            }
        }
        return Nodes.mapping(e, svc.keys(), svc.pos());
    }

    /** The container path a volume (or device) entry mounts to, in either syntax. */
    static String target(Node n) {
        Node.Mapping m = Nodes.asMapping(n);
        if (m != null) {
            return String.valueOf(Nodes.text(m, "target"));
        }
        String t = Nodes.text(n);
        if (t == null) {
            return "";
        }
        String[] parts = t.split(":");
        return parts.length >= 2 ? parts[1] : parts[0];
    }

    static ComposeLoader.Loaded read(String name, String dir, List<String> files, Node.Mapping root,
                                     Map<String, Node.Mapping> services, Map<String, Pos> servicePos,
                                     Function<String, String> env, List<Finding> findings) {
        List<Service> out = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Map<String, Map<String, String>> environment = new LinkedHashMap<>();
        Map<String, Map<String, Pos>> where = new LinkedHashMap<>();
        for (Map.Entry<String, Node.Mapping> e : services.entrySet()) {
            String s = e.getKey();
            Node.Mapping svc = e.getValue();
            Map<String, Pos> at = new LinkedHashMap<>(svc.keys());
            at.put("", servicePos.get(s));
            where.put(s, at);
            String image = Nodes.text(svc, "image");
            boolean build = svc.entries().containsKey("build");
            List<Port> ports = ports(svc.entries().get("ports"));
            List<Mount> mounts = mounts(svc.entries().get("volumes"));
            Node.Mapping hc = Nodes.asMapping(svc.entries().get("healthcheck"));
            boolean health = hc != null && !Nodes.truthy(Nodes.text(hc, "disable")) && hc.entries().containsKey("test")
                    && !isNone(hc.entries().get("test"));
            Map<String, String> envs = new LinkedHashMap<>();
            Node.Mapping em = Nodes.asMapping(svc.entries().get("environment"));
            if (em != null) {
                em.keys().forEach((k, pos) -> at.put("environment." + k, pos));
                em.entries().forEach((k, v) -> {
                    String val = Nodes.text(v);
                    envs.put(k, val == null ? (env.apply(k) == null ? "" : env.apply(k)) : val);
                });
            }
            environment.put(s, envs);
            List<String> nets = new ArrayList<>();
            Node.Mapping nm = Nodes.asMapping(svc.entries().get("networks"));
            if (nm != null) {
                nets.addAll(nm.entries().keySet());
            } else if (!svc.entries().containsKey("network_mode")) {
                nets.add("default");
            }
            Node.Mapping dm = Nodes.asMapping(svc.entries().get("depends_on"));
            if (dm != null) {
                for (Map.Entry<String, Node> d : dm.entries().entrySet()) {
                    Node.Mapping dd = Nodes.asMapping(d.getValue());
                    String cond = Nodes.text(dd, "condition");
                    String req = Nodes.text(dd, "required");
                    edges.add(new Edge(s, d.getKey(), cond == null ? "service_started" : cond,
                            req == null || Nodes.truthy(req)));
                }
            }
            int replicas = 1;
            Node.Mapping deploy = Nodes.asMapping(svc.entries().get("deploy"));
            String rep = deploy != null ? Nodes.text(deploy, "replicas") : null;
            if (rep == null) {
                rep = Nodes.text(svc, "scale");
            }
            if (rep != null) {
                try {
                    replicas = Integer.parseInt(rep.trim());
                } catch (NumberFormatException notANumber) {
                    findings.add(ComposeLoader.error("compose/replicas", "replicas must be a number: " + rep, s,
                            Nodes.keyPos(svc, deploy != null ? "deploy" : "scale")));
                }
            }
            List<String> profiles = new ArrayList<>();
            if (svc.entries().get("profiles") instanceof Node.Sequence ps) {
                ps.items().forEach(p -> profiles.add(String.valueOf(Nodes.text(p))));
            }
            out.add(new Service(s, image == null ? "" : image, build, replicas, List.of(), ports, List.copyOf(nets),
                    mounts, health, List.copyOf(profiles), ""));
        }
        List<ComposeReport.Network> networks = new ArrayList<>();
        Node.Mapping nets = Nodes.asMapping(root.entries().get("networks"));
        boolean needsDefault = out.stream().anyMatch(x -> x.networks().contains("default"));
        if (needsDefault && (nets == null || !nets.entries().containsKey("default"))) {
            networks.add(new ComposeReport.Network(name + "_default", "bridge", false, false));
        }
        if (nets != null) {
            nets.entries().forEach((k, v) -> {
                Node.Mapping m = Nodes.asMapping(v);
                String driver = Nodes.text(m, "driver");
                boolean external = m != null && (Nodes.truthy(Nodes.text(m, "external"))
                        || Nodes.asMapping(m.entries().get("external")) != null);
                String explicit = Nodes.text(m, "name");
                networks.add(new ComposeReport.Network(explicit != null ? explicit : external ? k : name + "_" + k,
                        driver == null ? "bridge" : driver, m != null && Nodes.truthy(Nodes.text(m, "internal")),
                        external));
            });
        }
        List<ComposeReport.Volume> volumes = new ArrayList<>();
        Map<String, Pos> volumePos = new LinkedHashMap<>();
        Node.Mapping vols = Nodes.asMapping(root.entries().get("volumes"));
        if (vols != null) {
            vols.entries().forEach((k, v) -> {
                Node.Mapping m = Nodes.asMapping(v);
                String driver = Nodes.text(m, "driver");
                boolean external = m != null && (Nodes.truthy(Nodes.text(m, "external"))
                        || Nodes.asMapping(m.entries().get("external")) != null);
                String explicit = Nodes.text(m, "name");
                TreeSet<String> users = new TreeSet<>();
                for (Service sv : out) {
                    for (Mount mt : sv.volumes()) {
                        if (mt.type().equals("volume") && mt.source().equals(k)) {
                            users.add(sv.name());
                        }
                    }
                }
                volumes.add(new ComposeReport.Volume(explicit != null ? explicit : external ? k : name + "_" + k,
                        driver == null ? "local" : driver, external, List.copyOf(users)));
                volumePos.put(explicit != null ? explicit : external ? k : name + "_" + k, Nodes.keyPos(vols, k));
            });
        }
        List<String> names = out.stream().map(Service::name).toList();
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(Findings.declared(out, edges, environment, volumes, where, volumePos));
        ComposeReport.Project project = new ComposeReport.Project(name, ComposeReport.Source.FILES, dir,
                List.copyOf(files), List.copyOf(out), List.copyOf(edges), DependencyGraph.layers(names, edges),
                DependencyGraph.cycles(names, edges), List.copyOf(networks), List.copyOf(volumes), List.of(),
                List.copyOf(all), false);
        return new ComposeLoader.Loaded(project, environment);
    }

    private static boolean isNone(Node test) {
        if (test instanceof Node.Sequence s && !s.items().isEmpty()) {
            return "NONE".equals(Nodes.text(s.items().get(0)));
        }
        return "NONE".equals(Nodes.text(test));
    }

    static List<Port> ports(Node n) {
        List<Port> out = new ArrayList<>();
        if (!(n instanceof Node.Sequence seq)) {
            return out;
        }
        for (Node i : seq.items()) {
            Node.Mapping m = Nodes.asMapping(i);
            if (m != null) {
                String target = Nodes.text(m, "target");
                String published = Nodes.text(m, "published");
                String ip = Nodes.text(m, "host_ip");
                String proto = Nodes.text(m, "protocol");
                out.add(new Port(ip == null ? "" : ip, published == null ? "" : published, number(target),
                        proto == null ? "tcp" : proto));
                continue;
            }
            String t = Nodes.text(i);
            if (t != null) {
                out.add(shortPort(t));
            }
        }
        return List.copyOf(out);
    }

    /** {@code [host_ip:][published:]target[/protocol]}, IPv6 host addresses in brackets, ranges as written. */
    static Port shortPort(String s) {
        String proto = "tcp";
        int slash = s.lastIndexOf('/');
        if (slash >= 0) {
            proto = s.substring(slash + 1);
            s = s.substring(0, slash);
        }
        String ip = "";
        if (s.startsWith("[")) {
            int close = s.indexOf(']');
            if (close > 0) {
                ip = s.substring(1, close);
                s = s.substring(Math.min(s.length(), close + 2));
            }
        }
        String[] parts = s.split(":", -1);
        String published = "";
        String target;
        if (parts.length >= 3) {
            ip = String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2));
            published = parts[parts.length - 2];
            target = parts[parts.length - 1];
        } else if (parts.length == 2) {
            published = parts[0];
            target = parts[1];
        } else {
            target = parts[0];
        }
        return new Port(ip, published, number(target), proto);
    }

    private static int number(String s) {
        if (s == null) {
            return 0;
        }
        String t = s.trim();
        int dash = t.indexOf('-');
        if (dash > 0) {
            t = t.substring(0, dash);
        }
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static List<Mount> mounts(Node n) {
        List<Mount> out = new ArrayList<>();
        if (!(n instanceof Node.Sequence seq)) {
            return out;
        }
        for (Node i : seq.items()) {
            Node.Mapping m = Nodes.asMapping(i);
            if (m != null) {
                String type = Nodes.text(m, "type");
                String source = Nodes.text(m, "source");
                out.add(new Mount(type == null ? "volume" : type, source == null ? "" : source,
                        String.valueOf(Nodes.text(m, "target")), Nodes.truthy(Nodes.text(m, "read_only"))));
                continue;
            }
            String t = Nodes.text(i);
            if (t == null) {
                continue;
            }
            String[] parts = t.split(":", -1);
            if (parts.length == 1) {
                out.add(new Mount("volume", "", parts[0], false));
                continue;
            }
            String source = parts[0];
            boolean ro = parts.length > 2 && java.util.Arrays.asList(parts[2].split(",")).contains("ro");
            boolean bind = source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
            out.add(new Mount(bind ? "bind" : "volume", source, parts[1], ro));
        }
        return List.copyOf(out);
    }
}
