package dev.dockscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.VersionProvider;
import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.docker.DaemonModels;
import dev.dockscope.docker.DaemonReader;
import dev.dockscope.docker.RuntimeReader;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.render.text.Wrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code dockscope} with no command: the host at a glance, and what to try next on its own objects. */
final class Overview {
    /** The JSON shape. {@code daemon} is null when none is reachable ({@code unreachable} says why). */
    record Report(String version, String endpoint, String endpointSource, DaemonVersion daemon, String unreachable,
                  Counts counts, RuntimeInfo.Disk disk, List<Suggestion> tryNext, List<String> concepts) {
    }

    record Counts(int images, int containers, int running, int volumes, int networks, int userNetworks) {
    }

    record Suggestion(String command, String why) {
    }

    private Overview() {
    }

    static Report build(Session s) {
        List<Suggestion> next = new ArrayList<>();
        String endpoint = null;
        String source = null;
        try {
            endpoint = s.endpoint().host();
            source = s.endpoint().detail();
            DaemonReader d = s.daemon();
            DaemonVersion v = DaemonModels.version(d.version());
            JsonNode images = d.images();
            JsonNode containers = d.containers(true);
            int running = 0;
            for (JsonNode c : containers) {
                running += "running".equals(c.path("State").asText()) ? 1 : 0;
            }
            JsonNode networks = d.networks();
            int user = 0;
            for (JsonNode n : networks) {
                String name = n.path("Name").asText();
                user += name.equals("bridge") || name.equals("host") || name.equals("none") ? 0 : 1;
            }
            RuntimeInfo.Disk disk = RuntimeReader.disk(d.systemDf());
            String biggest = largest(images);
            if (biggest != null) {
                next.add(new Suggestion("dockscope image " + biggest, "your largest image, layer by layer"));
                next.add(new Suggestion("dockscope image " + biggest + " --files", "what each layer did to the files"));
            }
            containerSuggestions(containers, next);
            next.add(new Suggestion("dockscope runtime", "the runtime chain, its drivers, and what uses the disk"));
            addCommon(next);
            return new Report(VersionProvider.version(), endpoint, source, v, null,
                    new Counts(images.size(), containers.size(), running, d.volumes().path("Volumes").size(),
                            networks.size(), user), disk, next, List.of("runtime", "image", "container"));
        } catch (DockscopeException e) {
            if (e.exitCode() != ExitCode.DAEMON_UNREACHABLE && e.exitCode() != ExitCode.USAGE) {
                throw e;
            }
            next.add(new Suggestion("dockscope image --archive examples/sample-image.tar",
                    "the bundled sample image, no daemon needed"));
            addCommon(next);
            String why = Sanitizer.line(e.getMessage()) + (e.hint() == null ? "" : " " + Sanitizer.line(e.hint()));
            return new Report(VersionProvider.version(), endpoint, source, null, why, null, null, next,
                    List.of("runtime"));
        }
    }

    /** The newest running container explained, and the health checks when any container has one. */
    private static void containerSuggestions(JsonNode containers, List<Suggestion> next) {
        String running = null;
        boolean health = false;
        for (JsonNode c : containers) {
            String status = c.path("Status").asText();
            health |= status.contains("(healthy)") || status.contains("(unhealthy)") || status.contains("health:");
            if (running == null && "running".equals(c.path("State").asText()) && c.path("Names").size() > 0) {
                running = Sanitizer.line(c.path("Names").get(0).asText().replaceFirst("^/", ""));
            }
        }
        if (running != null) {
            next.add(new Suggestion("dockscope container " + running,
                    "a running container: limits vs usage, mounts, network, security"));
        } else if (containers.size() > 0) {
            next.add(new Suggestion("dockscope container", "your containers and how each one ended"));
        }
        if (health) {
            next.add(new Suggestion("dockscope health", "your health checks, unhealthy first"));
        }
    }

    private static void addCommon(List<Suggestion> next) {
        if (Files.isRegularFile(Path.of("Dockerfile"))) {
            next.add(new Suggestion("dockscope lint Dockerfile", "cache order and other findings in your Dockerfile"));
        } else {
            next.add(new Suggestion("dockscope lint examples/Dockerfile", "what the linter says about a sample"));
        }
        next.add(new Suggestion("dockscope learn", "the twelve concept cards, shown live"));
        next.add(new Suggestion("dockscope tour", "a guided walk through them"));
    }

    private static String largest(JsonNode images) {
        String best = null;
        long size = -1;
        for (JsonNode i : images) {
            String tag = null;
            for (JsonNode t : i.path("RepoTags")) {
                if (!t.asText().equals("<none>:<none>")) {
                    tag = Sanitizer.line(t.asText());
                    break;
                }
            }
            if (tag != null && i.path("Size").asLong() > size) {
                size = i.path("Size").asLong();
                best = tag;
            }
        }
        return best;
    }

    static String render(Report r, Palette p, int width) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("dockscope " + r.version()) + "  " + p.dim("Docker explained with your own objects"));
        out.blank();
        if (r.daemon() != null) {
            DaemonVersion v = r.daemon();
            field(out, p, width, "Daemon", (v.platform() != null ? v.platform() : "Docker Engine") + " " + v.version()
                    + " (API " + v.apiVersion() + ") at " + r.endpoint() + p.dim(", from " + r.endpointSource()));
            Counts c = r.counts();
            field(out, p, width, "Objects", count(c.images(), "image") + ", " + count(c.containers(), "container")
                    + " (" + c.running() + " running), " + count(c.volumes(), "volume") + ", "
                    + count(c.networks(), "network") + " (" + c.userNetworks() + " user-defined)");
            RuntimeInfo.Disk d = r.disk();
            field(out, p, width, "Disk", "images " + Bytes.human(d.images()) + ", containers' writable layers "
                    + Bytes.human(d.containers()) + ", volumes " + Bytes.human(d.volumes()) + ", build cache "
                    + Bytes.human(d.buildCache()));
        } else {
            field(out, p, width, "Daemon", p.yellow("not reachable: ") + r.unreachable());
        }
        out.blank();
        out.add(p.heading("Try"));
        int w = r.tryNext().stream().mapToInt(s -> TextWidth.of(s.command())).max().orElse(0);
        for (Suggestion s : r.tryNext()) {
            String cmd = "  " + TextWidth.padRight(s.command(), Math.min(w, width / 2)) + "  ";
            out.add(Wrap.hanging(cmd, p.dim(s.why()), width));
        }
        out.blank();
        out.add(p.dim(Concept.RUNTIME.footer(p.ascii())));
        return out.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static void field(Lines out, Palette p, int width, String label, String value) {
        out.add(Wrap.hanging(p.bold(TextWidth.padRight(label, 9)), value, width));
    }
}
