package dev.dockscope.render.prose;

import dev.dockscope.analysis.compose.Drift;
import dev.dockscope.analysis.compose.Findings;
import dev.dockscope.docker.compose.ComposeFiles;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Container;
import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Mount;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.compose.ComposeTextRenderer;
import dev.dockscope.support.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of sentence the Compose analyses state (findings on declared and running projects, the drift between
 * them), in both views. The goldens were written before the sentences moved from analysis/ to render/, so they hold
 * the words the user saw then; the move must not change one of them.
 */
class ComposeSentencesTest {
    private static Service svc(String name, String image, int replicas, List<Port> ports, List<Mount> mounts,
                               boolean health, int running) {
        List<Container> cs = new ArrayList<>();
        for (int i = 1; i <= running; i++) {
            cs.add(new Container("p-" + name + "-" + i, "id" + i, i, "running", "", false));
        }
        return new Service(name, image, false, replicas, cs, ports, List.of("default"), mounts, health, List.of(), "");
    }

    private static Project project(ComposeReport.Source source, List<Service> services, List<Edge> edges,
                                   List<ComposeReport.Drift> drift, List<Finding> findings) {
        return new Project("p", source, "", List.of(), services, edges, List.of(), List.of(), List.of(), List.of(),
                drift, findings, true);
    }

    private static String both(Project p) {
        ComposeReport r = new ComposeReport(List.of(p), List.of("compose"));
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("drift", p.drift());
        parts.put("findings", p.findings());
        String json = Json.write(parts);
        return json + "\n----\n" + new ComposeTextRenderer(new Palette(false, false), 100).project(r);
    }

    /** Each drift kind, and each finding a running project can carry. */
    @Test
    void runningWithDrift() {
        List<Service> declared = List.of(
                svc("web", "nginx:1.25", 2, List.of(new Port("", "8080", 80, "tcp")), List.of(), true, 0),
                svc("gone", "busybox:1", 1, List.of(), List.of(), false, 0),
                svc("quiet", "", 1, List.of(), List.of(), false, 0));
        List<Service> running = List.of(
                svc("web", "nginx:1.26", 2, List.of(new Port("127.0.0.1", "9090", 80, "tcp")), List.of(), false, 1),
                svc("quiet", "x:1", 1, List.of(), List.of(), false, 1),
                svc("db", "postgres", 1, List.of(new Port("", "5432", 5432, "tcp")),
                        List.of(new Mount("bind", "/var/run/docker.sock", "/var/run/docker.sock", false)), false, 2),
                svc("cache", "redis:7", 1, List.of(new Port("0.0.0.0", "6379", 6379, "tcp")), List.of(), false, 1));
        List<Edge> edges = List.of(new Edge("web", "db", "service_healthy", true), new Edge("web", "nope",
                "service_started", true), new Edge("db", "cache", "service_started", true),
                new Edge("cache", "db", "service_started", true));
        Project decl = project(ComposeReport.Source.FILES, declared, edges, List.of(), List.of());
        Project live = project(ComposeReport.Source.DAEMON, running, edges, List.of(), Findings.running(running, edges));
        Project merged = project(ComposeReport.Source.FILES, running, edges, Drift.compare(decl, live),
                live.findings());
        Golden.assertMatches(getClass(), "runningWithDrift.txt", both(merged));
    }

    /** The findings only files can carry: an unused volume, a secret in environment:, with their positions. */
    @Test
    void declaredFindings(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), String.join("\n",
                "name: p",
                "services:",
                "  app:",
                "    image: app",
                "    environment:",
                "      DB_PASSWORD: hunter2",
                "      PLAIN: x",
                "    ports:",
                "      - \"3306:3306\"",
                "    volumes:",
                "      - /run/docker.sock:/run/docker.sock",
                "    depends_on:",
                "      other:",
                "        condition: service_healthy",
                "  other:",
                "    image: other@sha256:" + "a".repeat(64),
                "volumes:",
                "  spare: {}",
                ""));
        Project p = ComposeFiles.load(dir, List.of(), Map.<String, String>of()::get, Set.of(), null).project();
        String root = dir.toAbsolutePath().normalize() + "/";
        List<Finding> rel = p.findings().stream().map(f -> new Finding(f.rule(), f.severity(), f.message(),
                f.service(), f.file().replace(root, ""), f.line(), f.column())).toList();
        Project q = project(ComposeReport.Source.FILES, p.services(), p.edges(), p.drift(), rel);
        Golden.assertMatches(getClass(), "declaredFindings.txt", both(q));
    }
}
