package dev.dockscope.analysis.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Container;
import dev.dockscope.model.compose.ComposeReport.DriftKind;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.compose.DriftSide;
import java.util.List;
import org.junit.jupiter.api.Test;

class DriftTest {
    static Service svc(String name, String image, int replicas, List<Port> ports, boolean health, int running) {
        List<Container> cs = new java.util.ArrayList<>();
        for (int i = 1; i <= running; i++) {
            cs.add(new Container(name + "-" + i, "id" + i, i, "running", health ? "healthy" : "", false));
        }
        return new Service(name, image, false, replicas, cs, ports, List.of("default"), List.of(), health, List.of(),
                "");
    }

    static Project project(ComposeReport.Source source, Service... services) {
        return new Project("p", source, "", List.of(), List.of(services), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), true);
    }

    @Test
    void sameProjectHasNoDrift() {
        Service web = svc("web", "nginx", 1, List.of(new Port("", "8080", 80, "tcp")), false, 1);
        Service live = svc("web", "docker.io/library/nginx:latest", 1, List.of(new Port("0.0.0.0", "8080", 80, "tcp"),
                new Port("::", "8080", 80, "tcp")), false, 1);
        assertTrue(Drift.compare(project(ComposeReport.Source.FILES, web),
                project(ComposeReport.Source.DAEMON, live)).isEmpty(), "nginx is docker.io/library/nginx:latest; "
                + "the IPv4 and IPv6 bindings are one published port");
    }

    @Test
    void everyKindOfDrift() {
        Project declared = project(ComposeReport.Source.FILES,
                svc("web", "web:2", 3, List.of(new Port("", "8080", 80, "tcp")), true, 0),
                svc("admin", "admin:1", 1, List.of(), false, 0));
        Project running = project(ComposeReport.Source.DAEMON,
                svc("web", "web:1", 2, List.of(new Port("0.0.0.0", "9090", 80, "tcp")), false, 2),
                svc("old", "old:1", 1, List.of(), false, 1));
        List<ComposeReport.Drift> d = Drift.compare(declared, running);
        assertEquals(List.of(DriftKind.IMAGE, DriftKind.PORTS, DriftKind.HEALTHCHECK, DriftKind.REPLICAS,
                DriftKind.MISSING_SERVICE, DriftKind.EXTRA_SERVICE), d.stream().map(ComposeReport.Drift::kind).toList());
        assertEquals("8080->80/tcp", d.get(1).declared().value());
        assertEquals("9090->80/tcp", d.get(1).running().value());
        assertEquals(DriftSide.count(DriftSide.Kind.RUNNING, 2), d.get(3).running(), "2 running");
    }
}
