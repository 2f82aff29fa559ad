package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.VersionProvider;
import dev.dockscope.docker.Engine;
import dev.dockscope.docker.RuntimeReader;
import dev.dockscope.model.OverviewReport;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.image.ImageSummary;
import dev.dockscope.model.network.NetworkDetails;
import dev.dockscope.model.text.Sanitizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code dockscope} with no command: the host at a glance, and what to try next on its own objects. */
final class Overview {
    private Overview() {
    }

    static OverviewReport build(Session s) {
        List<OverviewReport.Suggestion> next = new ArrayList<>();
        String endpoint = null;
        String source = null;
        try {
            endpoint = s.endpoint().host();
            source = s.endpoint().detail();
            Engine d = s.engine();
            DaemonVersion v = d.version();
            List<ImageSummary> images = d.images();
            List<ContainerSummary> containers = d.containers(true);
            int running = (int) containers.stream().filter(c -> "running".equals(c.state())).count();
            List<NetworkDetails> networks = d.networks();
            int user = (int) networks.stream().filter(n -> !n.predefined()).count();
            RuntimeInfo.Disk disk = RuntimeReader.disk(d.systemDf());
            String biggest = largest(images);
            if (biggest != null) {
                next.add(new OverviewReport.Suggestion("dockscope image " + biggest, "your largest image, layer by layer"));
                next.add(new OverviewReport.Suggestion("dockscope image " + biggest + " --files", "what each layer did to the files"));
            }
            containerSuggestions(containers, next);
            next.add(new OverviewReport.Suggestion("dockscope runtime", "the runtime chain, its drivers, and what uses the disk"));
            if (containers.stream().anyMatch(c -> c.labels().containsKey("com.docker.compose.project"))) {
                next.add(new OverviewReport.Suggestion("dockscope compose", "your Compose projects, rebuilt from their labels"));
            }
            if (user > 0) {
                next.add(new OverviewReport.Suggestion("dockscope network", "your networks; dockscope network NAME draws one"));
            }
            int volumes = d.volumes().size();
            if (volumes > 0) {
                next.add(new OverviewReport.Suggestion("dockscope volume", "your volumes, who mounts them, and what survives"));
            }
            addCommon(next);
            return new OverviewReport(VersionProvider.version(), endpoint, source, v, null,
                    new OverviewReport.Counts(images.size(), containers.size(), running, volumes,
                            networks.size(), user), disk, next, List.of("runtime", "image", "container"));
        } catch (DockscopeException e) {
            if (e.exitCode() != ExitCode.DAEMON_UNREACHABLE && e.exitCode() != ExitCode.USAGE) {
                throw e;
            }
            next.add(new OverviewReport.Suggestion("dockscope image --archive examples/sample-image.tar",
                    "the bundled sample image, no daemon needed"));
            addCommon(next);
            String why = Sanitizer.line(e.getMessage()) + (e.hint() == null ? "" : " " + Sanitizer.line(e.hint()));
            return new OverviewReport(VersionProvider.version(), endpoint, source, null, why, null, null, next,
                    List.of("runtime"));
        }
    }

    /** The newest running container explained, and the health checks when any container has one. */
    private static void containerSuggestions(List<ContainerSummary> containers, List<OverviewReport.Suggestion> next) {
        String running = null;
        boolean health = false;
        for (ContainerSummary c : containers) {
            health |= c.status().contains("(healthy)") || c.status().contains("(unhealthy)")
                    || c.status().contains("health:");
            if (running == null && "running".equals(c.state())) {
                running = c.name();
            }
        }
        if (running != null) {
            next.add(new OverviewReport.Suggestion("dockscope container " + running,
                    "a running container: limits vs usage, mounts, network, security"));
        } else if (!containers.isEmpty()) {
            next.add(new OverviewReport.Suggestion("dockscope container", "your containers and how each one ended"));
        }
        if (health) {
            next.add(new OverviewReport.Suggestion("dockscope health", "your health checks, unhealthy first"));
        }
    }

    private static void addCommon(List<OverviewReport.Suggestion> next) {
        if (Files.isRegularFile(Path.of("Dockerfile"))) {
            next.add(new OverviewReport.Suggestion("dockscope lint Dockerfile", "cache order and other findings in your Dockerfile"));
        } else {
            next.add(new OverviewReport.Suggestion("dockscope lint examples/Dockerfile", "what the linter says about a sample"));
        }
        next.add(new OverviewReport.Suggestion("dockscope learn", "the twelve concept cards, shown live"));
        next.add(new OverviewReport.Suggestion("dockscope tour", "a guided walk through them"));
    }

    private static String largest(List<ImageSummary> images) {
        String best = null;
        long size = -1;
        for (ImageSummary i : images) {
            if (!i.repoTags().isEmpty() && i.size() > size) {
                size = i.size();
                best = i.repoTags().get(0);
            }
        }
        return best;
    }
}
