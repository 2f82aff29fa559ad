package dev.dockscope.explain;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.compose.ComposeLabels;
import dev.dockscope.analysis.compose.ComposeLoader;
import dev.dockscope.analysis.compose.Drift;
import dev.dockscope.docker.Engine;
import dev.dockscope.docker.compose.ComposeFiles;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/** {@code dockscope compose}: projects rebuilt from the daemon's labels, or declared in files and compared. */
public final class ComposeExplainer {
    static final List<String> CONCEPTS = List.of("compose", "network", "volume", "health-check");
    private final Supplier<Engine> engine;

    /** The engine is asked for lazily: a project read from files needs no daemon to be shown. */
    public ComposeExplainer(Supplier<Engine> engine) {
        this.engine = engine;
    }

    /** Every project on the daemon, or only {@code name} (exit 4 when no object carries it). */
    public ComposeReport fromDaemon(String name) {
        List<Project> all = running();
        if (name == null) {
            return new ComposeReport(all, CONCEPTS);
        }
        for (Project p : all) {
            if (p.name().equals(name)) {
                return new ComposeReport(List.of(p), CONCEPTS);
            }
        }
        throw DockscopeException.notFound("no Compose project " + name + " on this daemon (no container, network or "
                + "volume has the label " + ComposeLabels.PROJECT + "=" + name + ")",
                "dockscope compose lists the projects it finds.");
    }

    private List<Project> running() {
        Engine e = engine.get();
        return ComposeLabels.projects(e.containers(true), e.networks(), e.volumes());
    }

    /** The declared project, with its drift against the running one of the same name when the daemon has it. */
    public ComposeReport fromFiles(Path dir, List<Path> files, Function<String, String> env, Set<String> profiles,
                                   String projectName) {
        ComposeLoader.Loaded loaded = ComposeFiles.load(dir, files, env, profiles, projectName);
        Project declared = loaded.project();
        Optional<Project> live;
        try {
            live = running().stream().filter(p -> p.name().equals(declared.name())).findFirst();
        } catch (DockscopeException e) {
            if (e.exitCode() != ExitCode.DAEMON_UNREACHABLE) {
                throw e;
            }
            live = Optional.empty();
        }
        if (live.isEmpty()) {
            return new ComposeReport(List.of(declared), CONCEPTS);
        }
        Project r = live.get();
        List<Service> services = new ArrayList<>();
        Map<String, Service> byName = new java.util.HashMap<>();
        r.services().forEach(s -> byName.put(s.name(), s));
        for (Service d : declared.services()) {
            Service s = byName.get(d.name());
            services.add(s == null ? d : new Service(d.name(), d.image(), d.build(), d.replicas(), s.containers(),
                    d.ports(), d.networks(), d.volumes(), d.healthcheck(), d.profiles(), s.health()));
        }
        Project merged = new Project(declared.name(), declared.source(), declared.workingDir(),
                declared.configFiles(), List.copyOf(services), declared.edges(), declared.layers(), declared.cycles(),
                declared.networks(), declared.volumes(), Drift.compare(declared, r), declared.findings(), r.running());
        return new ComposeReport(List.of(merged), CONCEPTS);
    }
}
