package dev.dockscope.analysis.compose;

import dev.dockscope.analysis.RunDefaults;
import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Mount;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.compose.ComposeReport.Severity;
import dev.dockscope.model.compose.ComposeReport.Volume;
import dev.dockscope.model.compose.Node.Pos;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a Compose user would want to know about a project, declared or running. */
public final class Findings {
    static final Pattern DATABASE_IMAGE = Pattern.compile(
            "(^|/)(postgres|postgis|mysql|mariadb|mongo|mongodb|redis|valkey|memcached|elasticsearch|opensearch"
                    + "|cassandra|couchdb|neo4j|influxdb|mssql|oracle|cockroach|clickhouse|rabbitmq)[^/]*$");
    static final Set<Integer> DATABASE_PORTS = Set.of(5432, 3306, 27017, 6379, 11211, 9200, 9042, 5984, 7687, 8086,
            1433, 1521, 26257, 8123, 9000, 5672);
    static final Set<String> SOCKETS = Set.of("/var/run/docker.sock", "/run/docker.sock");

    private Findings() {
    }

    /** Findings on a running project (no file positions, no environment: the list does not carry it). */
    public static List<Finding> running(List<Service> services, List<Edge> edges) {
        return common(services, edges, Map.of(), (s, k) -> Pos.NONE);
    }

    static List<Finding> declared(List<Service> services, List<Edge> edges, Map<String, Map<String, String>> env,
                                  List<Volume> volumes, Map<String, Map<String, Pos>> where,
                                  Map<String, Pos> volumePos) {
        List<Finding> out = common(services, edges, env, (s, k) -> {
            Map<String, Pos> at = where.getOrDefault(s, Map.of());
            Pos p = at.get(k);
            return p != null ? p : at.getOrDefault("", Pos.NONE);
        });
        for (Volume v : volumes) {
            if (!v.external() && v.usedBy().isEmpty()) {
                Pos p = volumePos.getOrDefault(v.name(), Pos.NONE);
                out.add(new Finding("compose/unused-volume", Severity.INFO, "volume " + v.name()
                        + " is declared but no service mounts it", "", p.file(), p.line(), p.column()));
            }
        }
        return out;
    }

    interface Locator {
        Pos at(String service, String key);
    }

    private static List<Finding> common(List<Service> services, List<Edge> edges, Map<String, Map<String, String>> env,
                                        Locator where) {
        List<Finding> out = new ArrayList<>();
        Map<String, Service> byName = new java.util.HashMap<>();
        services.forEach(s -> byName.put(s.name(), s));
        for (Edge e : edges) {
            Service to = byName.get(e.to());
            if (to == null) {
                if (e.required()) {
                    out.add(f("compose/undefined-dependency", Severity.ERROR, e.from() + " depends on " + e.to()
                            + ", which is not a service of this project", e.from(), where.at(e.from(), "depends_on")));
                }
                continue;
            }
            if (e.condition().equals("service_healthy") && !to.healthcheck()) {
                out.add(f("compose/healthy-without-healthcheck", Severity.WARNING, e.from() + " waits for " + e.to()
                        + " to be healthy, but " + e.to() + " declares no healthcheck (only its image's HEALTHCHECK "
                        + "could make it healthy)", e.from(), where.at(e.from(), "depends_on")));
            }
        }
        for (List<String> cycle : DependencyGraph.cycles(byName.keySet(), edges)) {
            out.add(f("compose/dependency-cycle", Severity.ERROR, "depends_on cycle: "
                    + String.join(" -> ", cycle) + " -> " + cycle.get(0), cycle.get(0),
                    where.at(cycle.get(0), "depends_on")));
        }
        for (Service s : services) {
            for (Port p : s.ports()) {
                boolean database = DATABASE_IMAGE.matcher(imageName(s.image())).find()
                        || DATABASE_PORTS.contains(p.target());
                boolean loopback = p.hostIp().equals("127.0.0.1") || p.hostIp().equals("::1")
                        || p.hostIp().equals("localhost");
                if (database && !loopback && (!p.published().isEmpty() || !s.containers().isEmpty())) {
                    out.add(f("compose/published-database-port", Severity.WARNING, s.name() + " publishes "
                            + "database port " + p.target() + " on " + (p.hostIp().isEmpty() ? "every host address"
                            : p.hostIp()) + "; other services reach it over the project network without it",
                            s.name(), where.at(s.name(), "ports")));
                }
            }
            for (Mount m : s.volumes()) {
                if (m.type().equals("bind") && SOCKETS.contains(m.source())) {
                    out.add(f("compose/docker-socket", Severity.WARNING, s.name() + " mounts " + m.source()
                            + ": whoever controls this container controls the Docker host", s.name(),
                            where.at(s.name(), "volumes")));
                }
            }
            if (!s.image().isEmpty() && latest(s.image())) {
                out.add(f("compose/latest-image", Severity.WARNING, s.name() + " uses " + s.image()
                        + ": latest (or no tag) changes under you; pin a version or a digest", s.name(),
                        where.at(s.name(), "image")));
            }
            for (Map.Entry<String, String> e : env.getOrDefault(s.name(), Map.of()).entrySet()) {
                if (RunDefaults.looksSecret(e.getKey()) && !e.getValue().isEmpty()) {
                    out.add(f("compose/secret-in-environment", Severity.WARNING, s.name() + " sets " + e.getKey()
                            + "=" + RunDefaults.REDACTED + " in environment:; use secrets: or an env_file kept "
                            + "out of git", s.name(), where.at(s.name(), "environment." + e.getKey())));
                }
            }
        }
        return out;
    }

    private static String imageName(String image) {
        String s = image;
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int colon = s.lastIndexOf(':');
        if (colon > s.lastIndexOf('/')) {
            s = s.substring(0, colon);
        }
        return s;
    }

    static boolean latest(String image) {
        if (image.contains("@")) {
            return false;
        }
        int colon = image.lastIndexOf(':');
        return colon <= image.lastIndexOf('/') || image.substring(colon + 1).equals("latest");
    }

    private static Finding f(String rule, Severity sev, String message, String service, Pos p) {
        return new Finding(rule, sev, message, service, p.file(), p.line(), p.column());
    }
}
