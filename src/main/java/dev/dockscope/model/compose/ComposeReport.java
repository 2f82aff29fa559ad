package dev.dockscope.model.compose;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code dockscope compose}: Compose projects, reconstructed from the daemon's labels or declared in files. One shape
 * for both: {@code {"projects":[{"name","services","edges","networks","volumes","drift","concepts"}]}}.
 */
public record ComposeReport(List<Project> projects, List<String> concepts) {

    /** Where a project came from: the daemon's labels, the files, or both (files compared with what runs). */
    public enum Source { DAEMON, FILES }

    /**
     * One project. {@code layers} the dependency graph's layers (services that depend on nothing first; a service in
     * a later layer than all it depends on); {@code cycles} dependency cycles (each as the services around it);
     * {@code drift} what differs between the files and the running project (empty when only one side is known);
     * {@code findings} what a Compose user would want to know.
     */
    public record Project(String name, Source source, String workingDir, List<String> configFiles,
                          List<Service> services, List<Edge> edges, List<List<String>> layers,
                          List<List<String>> cycles, List<Network> networks, List<Volume> volumes,
                          List<Drift> drift, List<Finding> findings, boolean running) {

        /** The cards this project illustrates: always Compose, and each part it has (networks, volumes, health checks). */
        @JsonProperty("concepts")
        public List<String> concepts() {
            List<String> c = new ArrayList<>(List.of("compose"));
            if (running) {
                c.add("container");
            }
            if (!networks.isEmpty()) {
                c.add("network");
            }
            if (!volumes.isEmpty()) {
                c.add("volume");
            }
            if (services.stream().anyMatch(Service::healthcheck)) {
                c.add("health-check");
            }
            return List.copyOf(c);
        }
    }

    /**
     * A service: {@code replicas} declared (files) or found (daemon); {@code healthcheck} true when one is declared
     * or the containers report a health status; {@code containers} the running side (empty for files alone).
     */
    public record Service(String name, String image, boolean build, int replicas, List<Container> containers,
                          List<Port> ports, List<String> networks, List<Mount> volumes, boolean healthcheck,
                          List<String> profiles, String health) {
    }

    /** A container of a service: {@code number} from {@code com.docker.compose.container-number}. */
    public record Container(String name, String id, int number, String state, String health, boolean oneoff) {
    }

    /** {@code published} "" when not published (or a range as written); {@code hostIp} "" for all addresses. */
    public record Port(String hostIp, String published, int target, String protocol) {
    }

    /** {@code type} volume, bind or tmpfs; {@code source} the volume name or host path ("" for anonymous). */
    public record Mount(String type, String source, String target, boolean readOnly) {
    }

    /** {@code from} depends on {@code to}; condition service_started, service_healthy or service_completed_successfully. */
    public record Edge(String from, String to, String condition, boolean required) {
    }

    public record Network(String name, String driver, boolean internal, boolean external) {
    }

    public record Volume(String name, String driver, boolean external, List<String> usedBy) {
    }

    /** Declared versus running. */
    public enum DriftKind { MISSING_SERVICE, EXTRA_SERVICE, IMAGE, PORTS, HEALTHCHECK, REPLICAS }

    /** {@code declared} and {@code running} are facts, written in JSON as their words (e.g. {@code "no container"}). */
    public record Drift(DriftKind kind, String service, DriftSide declared, DriftSide running) {
    }

    /**
     * A finding: {@code rule} a stable id (e.g. {@code compose/published-database-port}); position 0 when unknown.
     * The message is one line and at most 300 characters: messages quote values from the file, which may span lines.
     */
    public record Finding(String rule, Severity severity, String message, String service, String file, int line,
                          int column) {
        public Finding {
            if (message != null) {
                message = Sanitizer.line(message.length() > 300
                        ? message.substring(0, 299) + "…" : message);
            }
        }
    }

    public enum Severity { ERROR, WARNING, INFO }
}
