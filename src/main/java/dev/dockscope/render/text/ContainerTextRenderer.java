package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.analysis.Durations;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.container.ContainerChange;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerList;
import dev.dockscope.model.container.ContainerReport;
import dev.dockscope.model.container.RiskFact;
import dev.dockscope.render.prose.ContainerProse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code dockscope container}: the list, and one container in seven sections. */
public final class ContainerTextRenderer {
    private static final int LABEL = 13;
    private final Palette p;
    private final int width;
    private final Instant now;

    public ContainerTextRenderer(Palette palette, int width, Instant now) {
        this.p = palette;
        this.width = width;
        this.now = now;
    }

    // ---- the list -------------------------------------------------------------------------------------------

    public String renderList(ContainerList list) {
        Lines out = new Lines(p, width);
        out.add(p.heading("CONTAINERS") + "  " + p.dim(list.running() + " running of " + list.total()));
        if (list.containers().isEmpty()) {
            out.add("  No containers. docker run -d --name demo IMAGE starts one; dockscope container demo explains it.");
            out.add(p.dim(Concept.CONTAINER.footer(p.ascii())));
            return out.toString();
        }
        int nameW = Math.min(24, Math.max(4, list.containers().stream().mapToInt(r -> TextWidth.of(r.name())).max().orElse(4)));
        int imageW = Math.min(20, Math.max(5, list.containers().stream().mapToInt(r -> TextWidth.of(r.image())).max().orElse(5)));
        out.add(p.dim("  " + TextWidth.padRight("NAME", nameW) + "  " + TextWidth.padRight("IMAGE", imageW) + "  "
                + "STATE  " + p.dash() + "  HEALTH, AGE, LIMITS, PORTS"));
        for (ContainerList.Row r : list.containers()) {
            String state = r.state().equals("running") ? p.green(r.stateSummary())
                    : r.oomKilled() || r.state().equals("restarting") || r.state().equals("dead") ? p.red(r.stateSummary())
                    : r.state().equals("paused") || r.state().equals("created") ? p.yellow(r.stateSummary())
                    : r.stateSummary();
            List<String> rest = new ArrayList<>();
            if (!r.health().isEmpty()) {
                rest.add(r.health().equals("unhealthy") ? p.red(r.health()) : r.health());
            }
            String when = r.state().equals("running") ? "up " : r.state().equals("created") ? "created " : "";
            rest.add(when + Durations.age(r.since(), now) + (when.isEmpty() ? " ago" : ""));
            String limits = ContainerProse.limits(r.limits());
            rest.add(limits.isEmpty() ? "no limits" : limits);
            if (!r.ports().isEmpty()) {
                rest.add(String.join(" ", r.ports()));
            }
            out.add("  " + TextWidth.padRight(p.bold(TextWidth.truncate(r.name(), nameW, p.ascii())), nameW) + "  "
                    + TextWidth.padRight(TextWidth.truncate(r.image(), imageW, p.ascii()), imageW) + "  "
                    + Wrap.hanging(state + "  ", p.dim(String.join(", ", rest)),
                            Math.max(20, width - nameW - imageW - 6)).replace("\n",
                            "\n" + " ".repeat(nameW + imageW + 6)));
        }
        List<ContainerList.Row> look = list.containers().stream().filter(r -> !r.attention().isEmpty()).toList();
        if (!look.isEmpty()) {
            out.blank();
            out.add(p.heading("DESERVE A LOOK"));
            for (ContainerList.Row r : look) {
                out.add(Wrap.hanging("  " + p.warn() + " " + r.name() + ": ", String.join(", ", r.attention()), width));
            }
        }
        out.blank();
        out.add(p.dim("dockscope container NAME explains one: its layers, processes, limits, mounts, network, security."));
        out.add(p.dim(Concept.CONTAINER.footer(p.ascii())));
        return out.toString();
    }

    // ---- one container --------------------------------------------------------------------------------------

    public String render(ContainerReport r) {
        Lines out = new Lines(p, width);
        what(out, r);
        out.blank();
        changes(out, r.changes());
        out.blank();
        processes(out, r.processes());
        out.blank();
        isolation(out, r.isolation());
        out.blank();
        storage(out, r.storage());
        out.blank();
        network(out, r.network());
        out.blank();
        security(out, r.security());
        out.blank();
        health(out, r.health());
        if (!r.notes().isEmpty()) {
            out.blank();
            for (String n : r.notes()) {
                out.add(Wrap.hanging(p.dim("note: "), n, width));
            }
        }
        return out.toString();
    }

    private void what(Lines out, ContainerReport r) {
        ContainerReport.What w = r.what();
        ContainerReport.StateView s = w.state();
        out.add(p.heading("CONTAINER " + r.name()) + "  " + p.dim(ContainerDetails.shortId(r.id())));
        field(out, "image", w.image() + p.dim("  (" + ContainerDetails.shortId(w.imageId()) + ")"));
        field(out, "", p.dim(w.tagNote()));
        String bar = p.vLine() + " writable layer " + (w.sizeRw() < 0 ? "?" : Bytes.human(w.sizeRw())) + " (read-write)";
        String base = p.vLine() + " image layers " + (w.sizeRootFs() < 0 ? "?" : Bytes.human(w.sizeRootFs()
                - Math.max(0, w.sizeRw()))) + " (read-only, shared)";
        field(out, "layers", p.yellow(bar));
        field(out, "", p.dim(base));
        field(out, "created", time(w.created()));
        if (!isNever(w.startedAt())) {
            field(out, "started", time(w.startedAt()));
        }
        if (!s.running() && !isNever(w.finishedAt())) {
            field(out, "finished", time(w.finishedAt()));
        }
        String state = s.running() ? p.green(s.summary()) : s.oomKilled() || s.restarting() || s.dead()
                ? p.red(s.summary()) : p.bold(s.summary());
        field(out, "state", state);
        field(out, "", s.meaning());
        if (!s.error().isEmpty() && !s.neverStarted()) {
            field(out, "error", s.error());
        }
        field(out, "restart", s.restartMeaning());
        out.add(p.dim(Concept.CONTAINER.footer(p.ascii())));
    }

    private void changes(Lines out, ContainerReport.Changes c) {
        if (!c.available()) {
            out.add(p.heading("WHAT IT CHANGED") + "  " + p.dim("(could not be read)"));
            out.add(p.dim(Concept.CONTAINER.footer(p.ascii())));
            return;
        }
        int total = c.added() + c.modified() + c.deleted();
        out.add(p.heading("WHAT IT CHANGED") + "  " + p.dim(c.added() + " added, " + c.modified() + " changed, "
                + c.deleted() + " deleted in the writable layer"));
        if (total == 0) {
            out.add("  nothing: the container's files are exactly the image's");
        } else {
            for (ContainerReport.DirCount d : c.topDirectories()) {
                out.add("  " + TextWidth.padRight(d.directory(), 14) + p.dim(counts(d)));
            }
            for (ContainerChange ch : c.sample()) {
                String k = switch (ch.kind()) {
                    case ADDED -> p.green("A");
                    case MODIFIED -> p.yellow("C");
                    case DELETED -> p.red("D");
                };
                out.add("    " + k + " " + ch.path());
            }
            if (total > c.sample().size()) {
                out.add(p.dim("    … docker diff NAME lists all " + total));
            }
        }
        out.add(Wrap.hanging("  " + p.dim(p.bullet()) + " ", p.dim(c.note()), width));
        out.add(p.dim(Concept.CONTAINER.footer(p.ascii())));
    }

    private static String counts(ContainerReport.DirCount d) {
        List<String> parts = new ArrayList<>();
        if (d.added() > 0) {
            parts.add(d.added() + " added");
        }
        if (d.modified() > 0) {
            parts.add(d.modified() + " changed");
        }
        if (d.deleted() > 0) {
            parts.add(d.deleted() + " deleted");
        }
        return String.join(", ", parts);
    }

    private void processes(Lines out, ContainerReport.Processes pr) {
        out.add(p.heading("PROCESSES AND RUNTIME") + "  " + p.dim("cgroup " + pr.cgroupPath()));
        for (int i = 0; i < pr.chain().size(); i++) {
            ContainerReport.Hop h = pr.chain().get(i);
            String name = TextWidth.truncate(h.name(), 24, p.ascii());
            out.add(Wrap.hanging("  " + TextWidth.padRight(p.bold(name), 24) + "  ", p.dim(h.role()), width));
            if (i < pr.chain().size() - 1) {
                out.add("    " + p.cyan(String.valueOf(p.vLine())));
            }
        }
        if (!pr.processes().isEmpty()) {
            out.add("  " + p.dim(TextWidth.padRight("PID", 8) + TextWidth.padRight("PPID", 8)
                    + TextWidth.padRight("USER", 8) + "COMMAND"));
            for (ContainerReport.Proc proc : pr.processes()) {
                out.add("  " + TextWidth.padRight(proc.pid(), 8) + TextWidth.padRight(proc.ppid(), 8)
                        + TextWidth.padRight(proc.user(), 8) + proc.command());
            }
        }
        out.add(p.dim("  " + pr.topNote()));
        out.add(p.dim(Concept.RUNTIME.footer(p.ascii())));
    }

    private void isolation(Lines out, ContainerReport.Isolation iso) {
        out.add(p.heading("ISOLATION") + "  " + p.dim("solid wall: its own; dashed: shared"));
        for (ContainerReport.Namespace n : iso.namespaces()) {
            boolean own = n.mode().equals("private") || n.mode().equals("shareable") || n.mode().equals("none");
            char wall = own ? p.vLine() : p.dashedV();
            String room = wall + " " + TextWidth.padRight(n.name(), 6) + " " + wall;
            String mode = n.mode().equals("container") ? "shared: " + n.sharedWith()
                    : n.mode().equals("host") ? "host" : n.mode();
            out.add(Wrap.hanging("  " + (own ? p.green(room) : p.yellow(room)) + " "
                    + TextWidth.padRight(mode, 10) + " ", p.dim(ContainerProse.namespace(n.explanation())), width));
        }
        out.add("  " + p.bold("cgroup v" + iso.cgroupVersion()) + p.dim(iso.sampled()
                ? "  usage from one stats sample" + (iso.cpuPercent() >= 0 ? String.format(Locale.ROOT,
                        ", CPU %.1f%%", iso.cpuPercent()) : "") + ", memory net of "
                        + Bytes.human(Math.max(0, iso.memoryCache())) + " page cache"
                : "  not running: no usage to compare"));
        int barW = Math.max(6, Math.min(24, width - 50));
        for (ContainerReport.Limit l : iso.limits()) {
            String value;
            String bar = "";
            if (!l.set()) {
                value = l.risk() ? p.yellow("no limit " + p.warn()) : p.dim("not set");
            } else {
                value = switch (l.unit()) {
                    case "bytes" -> l.limit() < 0 ? "unlimited" : Bytes.human(l.limit());
                    case "nanocpus" -> cpus(l.limit()) + " CPU";
                    case "cpus" -> "";
                    default -> String.valueOf(l.limit());
                };
                if (l.name().equals("cpuset")) {
                    value = l.raw().substring(l.raw().indexOf('=') + 1);
                }
                if (l.usage() >= 0 && l.limit() > 0) {
                    bar = "[" + p.bar((double) l.usage() / l.limit(), barW) + "] " + usage(l) + " used";
                }
            }
            if (!l.set() && l.usage() >= 0) {
                bar = usage(l) + " used";
            }
            out.add(("  " + TextWidth.padRight(l.name(), 13) + TextWidth.padRight(value, 12) + bar).stripTrailing());
            out.add(Wrap.hanging("               ", p.dim(ContainerProse.limit(l.explanation())), width));
        }
        out.add(p.dim(Concept.NAMESPACE_CGROUP.footer(p.ascii())));
    }

    private static String usage(ContainerReport.Limit l) {
        return switch (l.unit()) {
            case "bytes" -> Bytes.human(l.usage());
            case "nanocpus" -> cpus(l.usage()) + " CPU";
            default -> String.valueOf(l.usage());
        };
    }

    private static String cpus(long nano) {
        return String.format(Locale.ROOT, "%.2f", nano / 1e9).replaceAll("\\.?0+$", "");
    }

    private void storage(Lines out, ContainerReport.Storage s) {
        out.add(p.heading("STORAGE") + "  " + p.dim(s.mounts().size() + " mount" + (s.mounts().size() == 1 ? "" : "s")));
        field(out, "root fs", s.writableLayerNote());
        for (ContainerReport.Mount m : s.mounts()) {
            String kind = m.type().equals("volume") ? (m.anonymous() ? "anonymous volume" : "volume " + m.name())
                    : m.type();
            out.add("  " + p.bold(m.destination()) + "  " + kind + "  " + (m.rw() ? "rw" : p.yellow("ro"))
                    + (m.propagation().isEmpty() ? "" : p.dim("  propagation " + m.propagation())));
            if (!m.source().isEmpty() && !m.type().equals("volume")) {
                out.add(Wrap.hanging("      " + p.dim("from "), m.source(), width));
            }
            out.add(Wrap.hanging("      ", p.dim(m.explanation() + "  (docker rm: " + (m.survivesRm() ? "kept" : "gone")
                    + ", docker rm -v: " + (m.survivesRmV() ? "kept" : "gone") + ")"), width));
        }
        out.add(p.dim(Concept.VOLUME.footer(p.ascii())));
    }

    private void network(Lines out, ContainerReport.Network n) {
        out.add(p.heading("NETWORK") + "  " + p.dim("mode " + n.mode()));
        field(out, "", p.dim(n.modeExplanation()));
        for (ContainerReport.Attachment a : n.networks()) {
            String ip = a.ipAddress().isEmpty() ? "no address" : a.ipAddress() + "/" + a.prefixLen();
            out.add("  " + p.bold(a.network()) + "  " + ip + (a.gateway().isEmpty() ? "" : "  gw " + a.gateway())
                    + (a.macAddress().isEmpty() ? "" : p.dim("  mac " + a.macAddress())));
            List<String> names = new ArrayList<>(a.aliases());
            a.dnsNames().stream().filter(x -> !names.contains(x)).forEach(names::add);
            if (!names.isEmpty()) {
                out.add(Wrap.hanging("      " + p.dim("names "), String.join(", ", names), width));
            }
        }
        if (n.ports().isEmpty()) {
            out.add("  " + p.dim("no ports exposed or published"));
        }
        for (ContainerReport.Port port : n.ports()) {
            String left = port.published() ? port.hostIp() + ":" + (port.hostPort().isEmpty() ? "?" : port.hostPort())
                    + " " + p.arrow() + " " + port.containerPort() : port.containerPort() + "  exposed only";
            out.add(Wrap.hanging("  " + TextWidth.padRight(left, 28) + " ", p.dim(port.explanation()), width));
        }
        out.add(p.dim(Concept.NETWORK.footer(p.ascii())));
    }

    private void security(Lines out, ContainerReport.Security s) {
        out.add(p.heading("SECURITY"));
        field(out, "user", s.user() + (s.runsAsRoot() ? p.dim("  (uid 0 inside)") : ""));
        field(out, "privileged", s.privileged() ? p.red("yes") : "no");
        if (s.effective() == null) {
            field(out, "capabilities", p.red("all of them") + p.dim(s.privileged() ? " (privileged)" : " (--cap-add ALL)"));
        } else {
            field(out, "capabilities", s.effective().size() + (s.effective().isEmpty() ? " (none)" : ": "
                    + String.join(" ", s.effective())));
            if (s.added().isEmpty() && s.dropped().isEmpty()) {
                field(out, "", p.dim("exactly Docker's default set of " + s.defaults().size()));
            } else {
                List<String> diff = new ArrayList<>();
                if (!s.dropped().isEmpty()) {
                    diff.add(s.capDrop().stream().anyMatch(c -> c.equalsIgnoreCase("ALL")) ? "all dropped" : "dropped "
                            + String.join(" ", s.dropped()));
                }
                if (!s.added().isEmpty()) {
                    diff.add("added " + p.yellow(String.join(" ", s.added())));
                }
                field(out, "", p.dim("against Docker's default " + s.defaults().size() + ": ") + String.join("; ", diff)
                        + p.dim("  (--cap-drop " + (s.capDrop().isEmpty() ? "-" : String.join(",", s.capDrop()))
                        + ", --cap-add " + (s.capAdd().isEmpty() ? "-" : String.join(",", s.capAdd())) + ")"));
            }
        }
        field(out, "seccomp", s.seccomp());
        field(out, "apparmor", s.apparmor());
        field(out, "selinux", s.selinux());
        field(out, "no-new-priv", s.noNewPrivileges() ? "yes: setuid binaries cannot gain privileges" : "no");
        field(out, "root fs", s.readOnlyRootfs() ? p.green("read-only") : "writable");
        if (!s.devices().isEmpty()) {
            for (ContainerDetails.Device d : s.devices()) {
                field(out, "device", d.pathOnHost() + " " + p.arrow() + " " + d.pathInContainer() + " "
                        + d.cgroupPermissions());
            }
        }
        if (s.risks().isEmpty()) {
            out.add("  " + p.green(p.check()) + " nothing beyond Docker's defaults stands out");
        }
        for (RiskFact risk : s.risks()) {
            out.add(Wrap.hanging("  " + p.yellow(p.warn()) + " ", ContainerProse.risk(risk), width));
        }
        out.add(p.dim(Concept.CONTAINER.footer(p.ascii())));
    }

    private void health(Lines out, ContainerReport.HealthSummary h) {
        out.add(p.heading("HEALTH"));
        if (!h.configured()) {
            field(out, "", "no health check: only \"is PID 1 alive\" is known  " + p.dim(p.arrow() + " " + h.next()));
        } else {
            String st = h.status().equals("healthy") ? p.green(h.status()) : h.status().equals("unhealthy")
                    ? p.red(h.status()) : p.yellow(h.status());
            field(out, "status", st + (h.failingStreak() > 0 ? ", failing streak " + h.failingStreak() : "")
                    + "  " + p.dim(p.arrow() + " " + h.next()));
            if (!h.lastOutput().isEmpty()) {
                field(out, "last", p.dim(h.lastOutput()));
            }
        }
        out.add(p.dim(Concept.HEALTH_CHECK.footer(p.ascii())));
    }

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging("  " + p.bold(TextWidth.padRight(label, LABEL)), value, width));
    }

    static boolean isNever(String iso) {
        return iso == null || iso.isEmpty() || iso.startsWith("0001-01-01");
    }

    /** ISO-8601 cut to the second: {@code 2026-12-01 09:15:20 UTC}. */
    static String time(String iso) {
        if (isNever(iso)) {
            return "never";
        }
        try {
            Instant t = java.time.OffsetDateTime.parse(iso).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            return t.toString().replace('T', ' ').replace("Z", " UTC");
        } catch (RuntimeException e) {
            return iso;
        }
    }
}
