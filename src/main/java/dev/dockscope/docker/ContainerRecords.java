package dev.dockscope.docker;

import static dev.dockscope.docker.DaemonModels.bool;
import static dev.dockscope.docker.DaemonModels.fieldNames;
import static dev.dockscope.docker.DaemonModels.multiline;
import static dev.dockscope.docker.DaemonModels.nullableStrings;
import static dev.dockscope.docker.DaemonModels.num;
import static dev.dockscope.docker.DaemonModels.str;
import static dev.dockscope.docker.DaemonModels.stringMap;
import static dev.dockscope.docker.DaemonModels.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.model.container.ContainerChange;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerMount;
import dev.dockscope.model.container.ContainerStats;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.ContainerTop;
import dev.dockscope.model.container.Healthcheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Maps the Engine's container answers (API 1.41 to 1.50) to {@code model.container} records. */
public final class ContainerRecords {
    private ContainerRecords() {
    }

    /** {@code GET /containers/json}: an array. */
    public static List<ContainerSummary> summaries(JsonNode array) {
        List<ContainerSummary> out = new ArrayList<>();
        for (JsonNode c : array) {
            out.add(summary(c));
        }
        return List.copyOf(out);
    }

    public static ContainerSummary summary(JsonNode c) {
        List<ContainerSummary.PortEntry> ports = new ArrayList<>();
        for (JsonNode p : c.path("Ports")) {
            ports.add(new ContainerSummary.PortEntry(str(p, "IP"), (int) num(p, "PrivatePort", 0),
                    (int) num(p, "PublicPort", 0), str(p, "Type")));
        }
        long created = num(c, "Created", 0);
        return new ContainerSummary(str(c, "Id"), strings(c.path("Names")), str(c, "Image"), str(c, "ImageID"),
                str(c, "Command"), created > 0 ? Instant.ofEpochSecond(created).toString() : "", str(c, "State"),
                str(c, "Status"), stringMap(c.get("Labels")), List.copyOf(ports),
                str(c.path("HostConfig"), "NetworkMode"), fieldNames(c.path("NetworkSettings").get("Networks")),
                mounts(c.path("Mounts")));
    }

    /** {@code GET /containers/{id}/json}. */
    public static ContainerDetails details(JsonNode c) {
        return new ContainerDetails(str(c, "Id"), str(c, "Name").replaceFirst("^/", ""), str(c, "Created"),
                str(c, "Path"), strings(c.path("Args")), state(c.path("State")), str(c, "Image"),
                (int) num(c, "RestartCount", 0), str(c, "Driver"), str(c, "Platform"), str(c, "AppArmorProfile"),
                config(c.path("Config")), hostConfig(c.path("HostConfig")), mounts(c.path("Mounts")),
                networkSettings(c.path("NetworkSettings")), num(c, "SizeRw", -1), num(c, "SizeRootFs", -1));
    }

    static ContainerDetails.State state(JsonNode s) {
        JsonNode h = s.get("Health");
        ContainerDetails.Health health = null;
        if (h != null && h.isObject()) {
            List<ContainerDetails.Probe> log = new ArrayList<>();
            for (JsonNode p : h.path("Log")) {
                log.add(new ContainerDetails.Probe(str(p, "Start"), str(p, "End"), (int) num(p, "ExitCode", -1),
                        multiline(p, "Output")));
            }
            health = new ContainerDetails.Health(str(h, "Status"), (int) num(h, "FailingStreak", 0), List.copyOf(log));
        }
        return new ContainerDetails.State(str(s, "Status"), s.path("Running").asBoolean(), s.path("Paused").asBoolean(),
                s.path("Restarting").asBoolean(), s.path("OOMKilled").asBoolean(), s.path("Dead").asBoolean(),
                (int) num(s, "Pid", 0), (int) num(s, "ExitCode", 0), str(s, "Error"), str(s, "StartedAt"),
                str(s, "FinishedAt"), health);
    }

    static ContainerDetails.Config config(JsonNode c) {
        return new ContainerDetails.Config(str(c, "Hostname"), str(c, "Image"), str(c, "User"), str(c, "WorkingDir"),
                strings(c.path("Env")), nullableStrings(c.get("Cmd")), nullableStrings(c.get("Entrypoint")),
                healthcheck(c.get("Healthcheck")), fieldNames(c.get("ExposedPorts")), fieldNames(c.get("Volumes")),
                stringMap(c.get("Labels")), c.path("Tty").asBoolean(), c.path("OpenStdin").asBoolean(),
                str(c, "StopSignal"));
    }

    /** A {@code Healthcheck} object (container or image config), null when absent. */
    public static Healthcheck healthcheck(JsonNode h) {
        if (h == null || !h.isObject()) {
            return null;
        }
        return new Healthcheck(strings(h.path("Test")), num(h, "Interval", 0), num(h, "Timeout", 0),
                num(h, "StartPeriod", 0), num(h, "StartInterval", 0), (int) num(h, "Retries", 0));
    }

    static ContainerDetails.HostConfig hostConfig(JsonNode h) {
        List<ContainerDetails.Device> devices = new ArrayList<>();
        for (JsonNode d : h.path("Devices")) {
            devices.add(new ContainerDetails.Device(str(d, "PathOnHost"), str(d, "PathInContainer"),
                    str(d, "CgroupPermissions")));
        }
        JsonNode rp = h.path("RestartPolicy");
        return new ContainerDetails.HostConfig(num(h, "Memory", 0), num(h, "MemorySwap", 0),
                num(h, "MemoryReservation", 0), num(h, "NanoCpus", 0), num(h, "CpuQuota", 0), num(h, "CpuPeriod", 0),
                num(h, "CpuShares", 0), str(h, "CpusetCpus"), num(h, "PidsLimit", 0), (int) num(h, "BlkioWeight", 0),
                num(h, "ShmSize", 0), h.path("OomKillDisable").asBoolean(), h.path("Privileged").asBoolean(),
                strings(h.path("CapAdd")), strings(h.path("CapDrop")), strings(h.path("SecurityOpt")),
                h.path("ReadonlyRootfs").asBoolean(), List.copyOf(devices), str(h, "PidMode"), str(h, "NetworkMode"),
                str(h, "IpcMode"), str(h, "UTSMode"), str(h, "UsernsMode"), str(h, "CgroupnsMode"), str(h, "Cgroup"),
                bool(h, "Init"), str(h, "Runtime"),
                new ContainerDetails.RestartPolicy(str(rp, "Name"), (int) num(rp, "MaximumRetryCount", 0)),
                portMap(h.get("PortBindings")), h.path("AutoRemove").asBoolean(), strings(h.path("Binds")),
                stringMap(h.get("Tmpfs")), str(h.path("LogConfig"), "Type"));
    }

    static List<ContainerMount> mounts(JsonNode array) {
        List<ContainerMount> out = new ArrayList<>();
        for (JsonNode m : array) {
            out.add(new ContainerMount(str(m, "Type"), str(m, "Name"), str(m, "Source"), str(m, "Destination"),
                    str(m, "Driver"), str(m, "Mode"), m.path("RW").asBoolean(true), str(m, "Propagation")));
        }
        return List.copyOf(out);
    }

    static ContainerDetails.NetworkSettings networkSettings(JsonNode n) {
        Map<String, ContainerDetails.Endpoint> networks = new LinkedHashMap<>();
        JsonNode all = n.path("Networks");
        all.fieldNames().forEachRemaining(name -> {
            JsonNode e = all.get(name);
            networks.put(DaemonModels.line(name), new ContainerDetails.Endpoint(str(e, "NetworkID"),
                    str(e, "EndpointID"), str(e, "IPAddress"), (int) num(e, "IPPrefixLen", 0), str(e, "Gateway"),
                    str(e, "MacAddress"), str(e, "GlobalIPv6Address"), strings(e.path("Aliases")),
                    strings(e.path("DNSNames"))));
        });
        return new ContainerDetails.NetworkSettings(portMap(n.get("Ports")), Collections.unmodifiableMap(networks));
    }

    /** {@code {"80/tcp": [{"HostIp": "", "HostPort": "8080"}], "443/tcp": null}}. */
    static Map<String, List<ContainerDetails.PortBinding>> portMap(JsonNode ports) {
        Map<String, List<ContainerDetails.PortBinding>> out = new LinkedHashMap<>();
        if (ports == null || !ports.isObject()) {
            return Map.of();
        }
        ports.fieldNames().forEachRemaining(port -> {
            List<ContainerDetails.PortBinding> bindings = new ArrayList<>();
            for (JsonNode b : ports.get(port)) {
                bindings.add(new ContainerDetails.PortBinding(str(b, "HostIp"), str(b, "HostPort")));
            }
            out.put(DaemonModels.line(port), List.copyOf(bindings));
        });
        return Collections.unmodifiableMap(out);
    }

    /**
     * {@code GET /containers/{id}/stats?stream=false}; empty when the container is not running (the daemon then answers
     * with a zero {@code read} time and no memory figures).
     */
    public static Optional<ContainerStats> stats(JsonNode s) {
        String read = str(s, "read");
        JsonNode memory = s.path("memory_stats");
        if (read.startsWith("0001-01-01") || !memory.has("usage") && !memory.has("stats")) {
            return Optional.empty();
        }
        Map<String, Long> raw = new LinkedHashMap<>();
        JsonNode stats = memory.path("stats");
        stats.fieldNames().forEachRemaining(k -> raw.put(DaemonModels.line(k), stats.get(k).asLong()));
        JsonNode pids = s.path("pids_stats");
        return Optional.of(new ContainerStats(read, str(s, "preread"), num(memory, "usage", 0),
                num(memory, "limit", 0), Collections.unmodifiableMap(raw), cpu(s.path("cpu_stats")),
                cpu(s.path("precpu_stats")), num(pids, "current", 0), num(pids, "limit", 0)));
    }

    private static ContainerStats.Cpu cpu(JsonNode c) {
        JsonNode usage = c.path("cpu_usage");
        int online = (int) num(c, "online_cpus", 0);
        if (online == 0) {
            online = usage.path("percpu_usage").size(); // cgroup v1 engines before online_cpus
        }
        JsonNode t = c.path("throttling_data");
        return new ContainerStats.Cpu(num(usage, "total_usage", 0), num(c, "system_cpu_usage", 0), online,
                num(t, "throttled_periods", 0), num(t, "throttled_time", 0));
    }

    /** {@code GET /containers/{id}/top}. */
    public static ContainerTop top(JsonNode t) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode p : t.path("Processes")) {
            rows.add(strings(p));
        }
        return new ContainerTop(strings(t.path("Titles")), List.copyOf(rows));
    }

    /** {@code GET /containers/{id}/changes}: an array, or null when nothing changed (older engines). */
    public static List<ContainerChange> changes(JsonNode array) {
        List<ContainerChange> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode c : array) {
                out.add(new ContainerChange(str(c, "Path"), ContainerChange.Kind.of((int) num(c, "Kind", 0))));
            }
        }
        return List.copyOf(out);
    }
}
