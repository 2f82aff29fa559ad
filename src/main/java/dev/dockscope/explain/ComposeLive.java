package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.containerName;

import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.container.ContainerSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Containers carrying {@code com.docker.compose.project} labels, grouped by project and service. */
final class ComposeLive implements LiveFinder {
    static final String PROJECT = "com.docker.compose.project";
    static final String SERVICE = "com.docker.compose.service";
    static final String WORKING_DIR = "com.docker.compose.project.working_dir";

    @Override
    public Concept concept() {
        return Concept.COMPOSE;
    }

    @Override
    public String wouldShow() {
        return "your Compose projects, found by their labels: each project's services, containers and states.";
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        Map<String, List<ContainerSummary>> projects = new TreeMap<>();
        for (ContainerSummary c : ctx.containers(true)) {
            String p = c.labels().getOrDefault(PROJECT, "");
            if (!p.isEmpty()) {
                projects.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
            }
        }
        if (projects.isEmpty()) {
            b.none("No container here was created by Compose (none has a " + PROJECT + " label).");
            b.note("In a folder with a compose.yaml, docker compose up -d creates them; then look again.");
            return b.build();
        }
        int containers = projects.values().stream().mapToInt(List::size).sum();
        b.headline(projects.size() + " Compose project" + (projects.size() == 1 ? "" : "s") + " with " + containers
                + " container" + (containers == 1 ? "" : "s") + ", found by their labels.");
        List<Map<String, Object>> raw = new ArrayList<>();
        projects.forEach((project, list) -> {
            String p = project;
            String dir = list.get(0).labels().getOrDefault(WORKING_DIR, "");
            b.fact(p, list.size() + " container" + (list.size() == 1 ? "" : "s") + (dir.isEmpty() ? "" : " from " + dir));
            Map<String, List<String>> services = new TreeMap<>();
            List<Map<String, String>> rawContainers = new ArrayList<>();
            for (ContainerSummary c : list) {
                String service = c.labels().getOrDefault(SERVICE, "");
                services.computeIfAbsent(service.isEmpty() ? "?" : service, k -> new ArrayList<>())
                        .add(containerName(c) + " " + c.state());
                Map<String, String> rc = new LinkedHashMap<>();
                rc.put("service", service);
                rc.put("container", containerName(c));
                rc.put("state", c.state());
                rawContainers.add(rc);
            }
            services.forEach((s, cs) -> b.fact(1, s, String.join(", ", cs)));
            Map<String, Object> rp = new LinkedHashMap<>();
            rp.put("project", p);
            rp.put("workingDir", dir);
            rp.put("containers", rawContainers);
            raw.add(rp);
        });
        b.note("docker compose -p PROJECT ps lists the same containers; compose finds them by these labels.");
        b.raw("projects", raw);
        return b.build();
    }
}
