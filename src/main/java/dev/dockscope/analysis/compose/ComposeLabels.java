package dev.dockscope.analysis.compose;

import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Container;
import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Mount;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.container.ContainerMount;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compose projects rebuilt from the labels Compose puts on what it creates: containers carry the project, service,
 * container number, one-off flag, depends_on, config files and working folder; networks and volumes carry the project
 * and their name in the file.
 */
public final class ComposeLabels {
    public static final String PROJECT = "com.docker.compose.project";
    public static final String SERVICE = "com.docker.compose.service";
    public static final String DEPENDS_ON = "com.docker.compose.depends_on";
    public static final String CONFIG_FILES = "com.docker.compose.project.config_files";
    public static final String WORKING_DIR = "com.docker.compose.project.working_dir";
    public static final String NUMBER = "com.docker.compose.container-number";
    public static final String ONEOFF = "com.docker.compose.oneoff";
    public static final String NETWORK = "com.docker.compose.network";
    public static final String VOLUME = "com.docker.compose.volume";

    private ComposeLabels() {
    }

    public static List<Project> projects(List<ContainerSummary> containers, List<NetworkDetails> networks,
                                         List<VolumeDetails> volumes) {
        Map<String, List<ContainerSummary>> byProject = new TreeMap<>();
        for (ContainerSummary c : containers) {
            String p = c.labels().getOrDefault(PROJECT, "");
            if (!p.isEmpty()) {
                byProject.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        for (NetworkDetails n : networks) {
            String p = n.labels().getOrDefault(PROJECT, "");
            if (!p.isEmpty()) {
                byProject.computeIfAbsent(p, k -> new ArrayList<>());
            }
        }
        for (VolumeDetails v : volumes) {
            String p = v.labels().getOrDefault(PROJECT, "");
            if (!p.isEmpty()) {
                byProject.computeIfAbsent(p, k -> new ArrayList<>());
            }
        }
        List<Project> out = new ArrayList<>();
        byProject.forEach((name, list) -> out.add(project(name, list, networks, volumes)));
        return List.copyOf(out);
    }

    static Project project(String name, List<ContainerSummary> list, List<NetworkDetails> networks,
                           List<VolumeDetails> volumes) {
        Map<String, List<ContainerSummary>> byService = new TreeMap<>();
        String workingDir = "";
        Set<String> configFiles = new LinkedHashSet<>();
        for (ContainerSummary c : list) {
            byService.computeIfAbsent(c.labels().getOrDefault(SERVICE, "?"), k -> new ArrayList<>()).add(c);
            if (workingDir.isEmpty()) {
                workingDir = c.labels().getOrDefault(WORKING_DIR, "");
            }
            for (String f : c.labels().getOrDefault(CONFIG_FILES, "").split(",")) {
                if (!f.isBlank()) {
                    configFiles.add(f.trim());
                }
            }
        }
        Map<String, String> networkNames = new TreeMap<>(); // daemon name -> name in the file
        List<ComposeReport.Network> nets = new ArrayList<>();
        for (NetworkDetails n : networks) {
            if (name.equals(n.labels().get(PROJECT))) {
                String key = n.labels().getOrDefault(NETWORK, n.name());
                networkNames.put(n.name(), key);
                nets.add(new ComposeReport.Network(n.name(), n.driver(), n.internal(), false));
            }
        }
        List<Service> services = new ArrayList<>();
        Set<Edge> edges = new LinkedHashSet<>();
        Map<String, Set<String>> volumeUsers = new TreeMap<>();
        boolean running = false;
        for (Map.Entry<String, List<ContainerSummary>> e : byService.entrySet()) {
            String service = e.getKey();
            List<ContainerSummary> cs = new ArrayList<>(e.getValue());
            cs.sort(Comparator.comparingInt(ComposeLabels::number).thenComparing(ContainerSummary::name));
            List<Container> containers = new ArrayList<>();
            Set<Port> ports = new LinkedHashSet<>();
            Set<String> nnames = new TreeSet<>();
            Set<Mount> mounts = new LinkedHashSet<>();
            boolean health = false;
            int replicas = 0;
            String image = "";
            for (ContainerSummary c : cs) {
                String h = health(c.status());
                health |= !h.isEmpty();
                boolean oneoff = "true".equalsIgnoreCase(c.labels().getOrDefault(ONEOFF, "False"));
                if (!oneoff) {
                    replicas++;
                }
                running |= c.state().equals("running");
                containers.add(new Container(c.name(), c.id(), number(c), c.state(), h, oneoff));
                if (image.isEmpty()) {
                    image = c.image();
                }
                for (ContainerSummary.PortEntry pe : c.ports()) {
                    ports.add(new Port(pe.ip(), pe.publicPort() == 0 ? "" : Integer.toString(pe.publicPort()),
                            pe.privatePort(), pe.type()));
                }
                nnames.addAll(c.networks());
                for (ContainerMount m : c.mounts()) {
                    mounts.add(new Mount(m.type(), m.type().equals("volume") ? m.name() : m.source(), m.destination(),
                            !m.rw()));
                    if (m.type().equals("volume")) {
                        volumeUsers.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(service);
                    }
                }
                edges.addAll(dependsOn(service, c.labels().getOrDefault(DEPENDS_ON, "")));
            }
            services.add(new Service(service, image, false, replicas, List.copyOf(containers), List.copyOf(ports),
                    List.copyOf(nnames), List.copyOf(mounts), health, List.of(), overall(containers)));
        }
        List<ComposeReport.Volume> vols = new ArrayList<>();
        for (VolumeDetails v : volumes) {
            if (name.equals(v.labels().get(PROJECT))) {
                vols.add(new ComposeReport.Volume(v.name(), v.driver(), false,
                        List.copyOf(volumeUsers.getOrDefault(v.name(), Set.of()))));
            }
        }
        List<Edge> edgeList = List.copyOf(edges);
        List<String> names = services.stream().map(Service::name).toList();
        return new Project(name, ComposeReport.Source.DAEMON, workingDir, List.copyOf(configFiles),
                List.copyOf(services), edgeList, DependencyGraph.layers(names, edgeList),
                DependencyGraph.cycles(names, edgeList), List.copyOf(nets), List.copyOf(vols), List.of(),
                Findings.running(services, edgeList), running);
    }

    /**
     * {@code com.docker.compose.depends_on}: comma-separated {@code service:condition:required} (Compose v2; older
     * versions wrote {@code service:condition} or only the service).
     */
    public static List<Edge> dependsOn(String from, String label) {
        List<Edge> out = new ArrayList<>();
        for (String part : label.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            String[] f = p.split(":");
            String condition = f.length > 1 && !f[1].isEmpty() ? f[1] : "service_started";
            boolean required = f.length <= 2 || !f[2].equalsIgnoreCase("false");
            out.add(new Edge(from, f[0], condition, required));
        }
        return out;
    }

    /** The health in a container list's status: "Up 3 minutes (healthy)" is healthy; "" when there is no check. */
    public static String health(String status) {
        if (status.contains("(healthy)")) {
            return "healthy";
        }
        if (status.contains("(unhealthy)")) {
            return "unhealthy";
        }
        if (status.contains("(health: starting)")) {
            return "starting";
        }
        return "";
    }

    /** A service's state in a word: the worst of its containers (unhealthy, exited, starting, running/healthy). */
    static String overall(List<Container> cs) {
        List<String> order = Arrays.asList("unhealthy", "dead", "restarting", "exited", "created", "paused",
                "starting", "healthy", "running");
        String worst = "";
        int at = Integer.MAX_VALUE;
        for (Container c : cs) {
            if (c.oneoff()) {
                continue;
            }
            String s = !c.health().isEmpty() && c.state().equals("running") ? c.health() : c.state();
            int i = order.indexOf(s);
            if (i < 0) {
                i = order.size();
            }
            if (i < at) {
                at = i;
                worst = s;
            }
        }
        return worst;
    }

    private static int number(ContainerSummary c) {
        try {
            return Integer.parseInt(c.labels().getOrDefault(NUMBER, "0").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
