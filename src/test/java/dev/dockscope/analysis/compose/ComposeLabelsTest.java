package dev.dockscope.analysis.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.container.ContainerMount;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.volume.VolumeDetails;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComposeLabelsTest {
    static ContainerSummary c(String name, String service, int number, String status, String dependsOn,
                              boolean oneoff, List<ContainerSummary.PortEntry> ports) {
        Map<String, String> labels = new java.util.HashMap<>(Map.of(ComposeLabels.PROJECT, "shop",
                ComposeLabels.SERVICE, service, ComposeLabels.NUMBER, Integer.toString(number),
                ComposeLabels.ONEOFF, oneoff ? "True" : "False", ComposeLabels.WORKING_DIR, "/srv/shop",
                ComposeLabels.CONFIG_FILES, "/srv/shop/compose.yaml"));
        if (!dependsOn.isEmpty()) {
            labels.put(ComposeLabels.DEPENDS_ON, dependsOn);
        }
        return new ContainerSummary(name + "-id", List.of("/" + name), "shop-" + service, "sha256:x", "", "",
                status.startsWith("Up") ? "running" : "exited", status, labels, ports, "shop_default",
                List.of("shop_default"), service.equals("db")
                        ? List.of(new ContainerMount("volume", "shop_data", "/x", "/var/lib/db", "local", "", true, ""))
                        : List.of());
    }

    @Test
    void projectsFromLabels() {
        List<ContainerSummary> cs = List.of(
                c("shop-web-2", "web", 2, "Up 1 minute", "api:service_started:true", false, List.of()),
                c("shop-web-1", "web", 1, "Up 1 minute", "api:service_started:true", false,
                        List.of(new ContainerSummary.PortEntry("0.0.0.0", 80, 8080, "tcp"))),
                c("shop-api-1", "api", 1, "Up 1 minute (healthy)", "db:service_healthy:true,cache:service_started:false",
                        false, List.of()),
                c("shop-db-1", "db", 1, "Up 2 minutes (unhealthy)", "", false,
                        List.of(new ContainerSummary.PortEntry("0.0.0.0", 5432, 5432, "tcp"))),
                c("shop-api-run-1", "api", 1, "Exited (0) 1 minute ago", "", true, List.of()),
                new ContainerSummary("other", List.of("/other"), "x", "", "", "", "running", "Up", Map.of(), List.of(),
                        "", List.of(), List.of()));
        NetworkDetails net = new NetworkDetails("nid", "shop_default", "", "bridge", "local", true, false, false,
                false, new NetworkDetails.Ipam("default", List.of(), Map.of()), Map.of(),
                Map.of(ComposeLabels.PROJECT, "shop", ComposeLabels.NETWORK, "default"), Map.of());
        VolumeDetails vol = new VolumeDetails("shop_data", "local", "/x", "", "local",
                Map.of(ComposeLabels.PROJECT, "shop", ComposeLabels.VOLUME, "data"), Map.of(), null);
        List<Project> ps = ComposeLabels.projects(cs, List.of(net), List.of(vol));
        assertEquals(1, ps.size());
        Project p = ps.get(0);
        assertEquals("/srv/shop", p.workingDir());
        assertEquals(List.of("/srv/shop/compose.yaml"), p.configFiles());
        assertEquals(List.of("api", "db", "web"), p.services().stream().map(Service::name).toList());
        Service web = p.services().get(2);
        assertEquals(2, web.replicas());
        assertEquals(List.of("shop-web-1", "shop-web-2"), web.containers().stream().map(x -> x.name()).toList());
        Service api = p.services().get(0);
        assertEquals(1, api.replicas(), "the one-off run container is not a replica");
        assertEquals("healthy", api.health());
        assertEquals("unhealthy", p.services().get(1).health());
        assertTrue(p.edges().contains(new Edge("api", "cache", "service_started", false)));
        assertTrue(p.edges().contains(new Edge("api", "db", "service_healthy", true)));
        assertEquals(List.of(List.of("db"), List.of("api"), List.of("web")), p.layers());
        assertEquals(List.of("db"), p.volumes().get(0).usedBy());
        assertTrue(p.networks().get(0).internal());
        assertTrue(p.findings().stream().anyMatch(f -> f.rule().equals("compose/published-database-port")
                && f.service().equals("db")), p.findings().toString());
    }

    @Test
    void dependsOnLabelFormats() {
        assertEquals(List.of(new Edge("a", "b", "service_started", true)), ComposeLabels.dependsOn("a", "b"));
        assertEquals(List.of(new Edge("a", "b", "service_healthy", true),
                new Edge("a", "c", "service_completed_successfully", false)),
                ComposeLabels.dependsOn("a", "b:service_healthy, c:service_completed_successfully:false"));
    }
}
