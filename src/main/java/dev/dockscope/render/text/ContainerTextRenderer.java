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
        out.add(p.line().heading("CONTAINERS").text("  ").dim(list.running() + " running of " + list.total()).build());
        if (list.containers().isEmpty()) {
            out.add(Line.of("  No containers. docker run -d --name demo IMAGE starts one; dockscope container demo explains it."));
            out.add(p.line().dim(Concept.CONTAINER.footer(p.ascii())).build());
            return out.toString();
        }
        // measured, cut and padded as spans, after the text is cleaned: a control character cannot shift the columns
        int nameW = Math.min(24, Math.max(4, list.containers().stream().mapToInt(r -> Span.plain(r.name()).width())
                .max().orElse(4)));
        int imageW = Math.min(20, Math.max(5, list.containers().stream().mapToInt(r -> Span.plain(r.image()).width())
                .max().orElse(5)));
        out.add(p.line().dim("  " + TextWidth.padRight("NAME", nameW) + "  " + TextWidth.padRight("IMAGE", imageW) + "  "
                + "STATE  " + p.dash() + "  HEALTH, AGE, LIMITS, PORTS").build());
        Line indent = Line.of(" ".repeat(nameW + imageW + 6));
        for (ContainerList.Row r : list.containers()) {
            Style state = r.state().equals("running") ? Style.GREEN
                    : r.oomKilled() || r.state().equals("restarting") || r.state().equals("dead") ? Style.RED
                    : r.state().equals("paused") || r.state().equals("created") ? Style.YELLOW
                    : Style.PLAIN;
            Palette.LineBuilder rest = p.line();
            if (!r.health().isEmpty()) {
                rest.add(r.health().equals("unhealthy") ? Style.RED : Style.DIM, r.health()).dim(", ");
            }
            String when = r.state().equals("running") ? "up " : r.state().equals("created") ? "created " : "";
            rest.dim(when + Durations.age(r.since(), now) + (when.isEmpty() ? " ago" : ""));
            String limits = ContainerProse.limits(r.limits());
            rest.dim(", " + (limits.isEmpty() ? "no limits" : limits));
            if (!r.ports().isEmpty()) {
                rest.dim(", " + String.join(" ", r.ports()));
            }
            Line row = p.line().text("  ").add(Line.of(p.span(Style.BOLD, r.name())).cut(nameW, p.ellipsis()))
                    .pad(nameW + 2).text("  ").add(Line.of(r.image()).cut(imageW, p.ellipsis())).pad(nameW + imageW + 4)
                    .text("  ").build();
            List<Line> wrapped = Wrap.hanging(p.line().add(state, ContainerProse.summary(r.stateSummary())).text("  ").build(), rest.build(),
                    Math.max(20, width - nameW - imageW - 6));
            for (int i = 0; i < wrapped.size(); i++) {
                out.add((i == 0 ? row : indent).plus(wrapped.get(i)));
            }
        }
        List<ContainerList.Row> look = list.containers().stream().filter(r -> !r.attention().isEmpty()).toList();
        if (!look.isEmpty()) {
            out.blank();
            out.add(p.line().heading("DESERVE A LOOK").build());
            for (ContainerList.Row r : look) {
                out.addHanging(Line.of("  " + p.warn() + " " + r.name() + ": "), Line.of(ContainerProse.attention(r.attention())));
            }
        }
        out.blank();
        out.add(p.line().dim("dockscope container NAME explains one: its layers, processes, limits, mounts, network, security.")
                .build());
        footer(out, Concept.CONTAINER);
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
                out.addHanging(p.line().dim("note: ").build(), Line.of(n));
            }
        }
        return out.toString();
    }

    private void what(Lines out, ContainerReport r) {
        ContainerReport.What w = r.what();
        ContainerReport.StateView s = w.state();
        out.add(p.line().heading("CONTAINER " + r.name()).text("  ").dim(ContainerDetails.shortId(r.id())).build());
        field(out, "image", p.line().text(w.image()).dim("  (" + ContainerDetails.shortId(w.imageId()) + ")").build());
        field(out, "", p.dimLine(ContainerProse.tag(w.tagNote())));
        String bar = p.vLine() + " writable layer " + (w.sizeRw() < 0 ? "?" : Bytes.human(w.sizeRw())) + " (read-write)";
        String base = p.vLine() + " image layers " + (w.sizeRootFs() < 0 ? "?" : Bytes.human(w.sizeRootFs()
                - Math.max(0, w.sizeRw()))) + " (read-only, shared)";
        field(out, "layers", Line.of(p.span(Style.YELLOW, bar)));
        field(out, "", p.dimLine(base));
        field(out, "created", Line.of(time(w.created())));
        if (!isNever(w.startedAt())) {
            field(out, "started", Line.of(time(w.startedAt())));
        }
        if (!s.running() && !isNever(w.finishedAt())) {
            field(out, "finished", Line.of(time(w.finishedAt())));
        }
        Style state = s.running() ? Style.GREEN : s.oomKilled() || s.restarting() || s.dead() ? Style.RED : Style.BOLD;
        field(out, "state", Line.of(p.span(state, ContainerProse.summary(s.summary()))));
        field(out, "", Line.of(ContainerProse.meaning(s.meaning())));
        if (!s.error().isEmpty() && !s.neverStarted()) {
            field(out, "error", Line.of(s.error()));
        }
        field(out, "restart", Line.of(ContainerProse.restart(s.restartMeaning())));
        footer(out, Concept.CONTAINER);
    }

    private void changes(Lines out, ContainerReport.Changes c) {
        if (!c.available()) {
            out.add(p.line().heading("WHAT IT CHANGED").text("  ").dim("(could not be read)").build());
            footer(out, Concept.CONTAINER);
            return;
        }
        int total = c.added() + c.modified() + c.deleted();
        out.add(p.line().heading("WHAT IT CHANGED").text("  ").dim(c.added() + " added, " + c.modified() + " changed, "
                + c.deleted() + " deleted in the writable layer").build());
        if (total == 0) {
            out.add(Line.of("  nothing: the container's files are exactly the image's"));
        } else {
            for (ContainerReport.DirCount d : c.topDirectories()) {
                out.add(p.line().text("  " + TextWidth.padRight(d.directory(), 14)).dim(counts(d)).build());
            }
            for (ContainerChange ch : c.sample()) {
                Palette.LineBuilder l = p.line().text("    ");
                switch (ch.kind()) {
                    case ADDED -> l.green("A");
                    case MODIFIED -> l.yellow("C");
                    case DELETED -> l.red("D");
                }
                out.add(l.text(" " + ch.path()).build());
            }
            if (total > c.sample().size()) {
                out.add(p.line().dim("    … docker diff NAME lists all " + total).build());
            }
        }
        out.addHanging(p.line().text("  ").dim(p.bullet()).text(" ").build(), p.dimLine(ContainerProse.note(c.note())));
        footer(out, Concept.CONTAINER);
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
        out.add(p.line().heading("PROCESSES AND RUNTIME").text("  ").dim("cgroup " + pr.cgroupPath()).build());
        for (int i = 0; i < pr.chain().size(); i++) {
            ContainerReport.Hop h = pr.chain().get(i);
            out.addHanging(p.line().text("  ").add(Line.of(p.span(Style.BOLD, h.name())).cut(24, p.ellipsis())).pad(26)
                    .text("  ").build(), p.dimLine(ContainerProse.hop(h.role())));
            if (i < pr.chain().size() - 1) {
                out.add(p.line().text("    ").cyan(String.valueOf(p.vLine())).build());
            }
        }
        if (!pr.processes().isEmpty()) {
            out.add(p.line().text("  ").dim(TextWidth.padRight("PID", 8) + TextWidth.padRight("PPID", 8)
                    + TextWidth.padRight("USER", 8) + "COMMAND").build());
            for (ContainerReport.Proc proc : pr.processes()) {
                out.add(Line.of("  " + TextWidth.padRight(proc.pid(), 8) + TextWidth.padRight(proc.ppid(), 8)
                        + TextWidth.padRight(proc.user(), 8) + proc.command()));
            }
        }
        out.add(p.line().dim("  " + ContainerProse.note(pr.topNote())).build());
        footer(out, Concept.RUNTIME);
    }

    private void isolation(Lines out, ContainerReport.Isolation iso) {
        out.add(p.line().heading("ISOLATION").text("  ").dim("solid wall: its own; dashed: shared").build());
        for (ContainerReport.Namespace n : iso.namespaces()) {
            boolean own = n.mode().equals("private") || n.mode().equals("shareable") || n.mode().equals("none");
            char wall = own ? p.vLine() : p.dashedV();
            String room = wall + " " + TextWidth.padRight(n.name(), 6) + " " + wall;
            String mode = n.mode().equals("container") ? "shared: " + n.sharedWith()
                    : n.mode().equals("host") ? "host" : n.mode();
            out.addHanging(p.line().text("  ").add(own ? Style.GREEN : Style.YELLOW, room).text(" "
                    + TextWidth.padRight(mode, 10) + " ").build(), p.dimLine(ContainerProse.namespace(n.explanation())));
        }
        out.add(p.line().text("  ").bold("cgroup v" + iso.cgroupVersion()).dim(iso.sampled()
                ? "  usage from one stats sample" + (iso.cpuPercent() >= 0 ? String.format(Locale.ROOT,
                        ", CPU %.1f%%", iso.cpuPercent()) : "") + ", memory net of "
                        + Bytes.human(Math.max(0, iso.memoryCache())) + " page cache"
                : "  not running: no usage to compare").build());
        int barW = Math.max(6, Math.min(24, width - 50));
        for (ContainerReport.Limit l : iso.limits()) {
            Line value;
            String bar = "";
            if (!l.set()) {
                value = l.risk() ? Line.of(p.span(Style.YELLOW, "no limit " + p.warn())) : p.dimLine("not set");
            } else {
                String v = switch (l.unit()) {
                    case "bytes" -> l.limit() < 0 ? "unlimited" : Bytes.human(l.limit());
                    case "nanocpus" -> cpus(l.limit()) + " CPU";
                    case "cpus" -> "";
                    default -> String.valueOf(l.limit());
                };
                if (l.name().equals("cpuset")) {
                    v = l.raw().substring(l.raw().indexOf('=') + 1);
                }
                value = Line.of(v);
                if (l.usage() >= 0 && l.limit() > 0) {
                    bar = "[" + p.bar((double) l.usage() / l.limit(), barW) + "] " + usage(l) + " used";
                }
            }
            if (!l.set() && l.usage() >= 0) {
                bar = usage(l) + " used";
            }
            out.add(Line.of("  " + TextWidth.padRight(l.name(), 13)).plus(value.padRight(12)).plus(bar).stripTrailing());
            out.addHanging(Line.of("               "), p.dimLine(ContainerProse.limit(l.explanation())));
        }
        footer(out, Concept.NAMESPACE_CGROUP);
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
        out.add(p.line().heading("STORAGE").text("  ").dim(s.mounts().size() + " mount"
                + (s.mounts().size() == 1 ? "" : "s")).build());
        field(out, "root fs", Line.of(ContainerProse.rootfs(s.writableLayerNote())));
        for (ContainerReport.Mount m : s.mounts()) {
            String kind = m.type().equals("volume") ? (m.anonymous() ? "anonymous volume" : "volume " + m.name())
                    : m.type();
            out.add(p.line().text("  ").bold(m.destination()).text("  " + kind + "  ")
                    .add(m.rw() ? Style.PLAIN : Style.YELLOW, m.rw() ? "rw" : "ro")
                    .dim(m.propagation().isEmpty() ? "" : "  propagation " + m.propagation()).build());
            if (!m.source().isEmpty() && !m.type().equals("volume")) {
                out.addHanging(p.line().text("      ").dim("from ").build(), Line.of(m.source()));
            }
            out.addHanging(Line.of("      "), p.dimLine(ContainerProse.mount(m.explanation()) + "  (docker rm: " + (m.survivesRm() ? "kept" : "gone")
                    + ", docker rm -v: " + (m.survivesRmV() ? "kept" : "gone") + ")"));
        }
        footer(out, Concept.VOLUME);
    }

    private void network(Lines out, ContainerReport.Network n) {
        out.add(p.line().heading("NETWORK").text("  ").dim("mode " + n.mode()).build());
        field(out, "", p.dimLine(ContainerProse.networkMode(n.modeExplanation())));
        for (ContainerReport.Attachment a : n.networks()) {
            String ip = a.ipAddress().isEmpty() ? "no address" : a.ipAddress() + "/" + a.prefixLen();
            out.add(p.line().text("  ").bold(a.network()).text("  " + ip + (a.gateway().isEmpty() ? "" : "  gw "
                    + a.gateway())).dim(a.macAddress().isEmpty() ? "" : "  mac " + a.macAddress()).build());
            List<String> names = new ArrayList<>(a.aliases());
            a.dnsNames().stream().filter(x -> !names.contains(x)).forEach(names::add);
            if (!names.isEmpty()) {
                out.addHanging(p.line().text("      ").dim("names ").build(), Line.of(String.join(", ", names)));
            }
        }
        if (n.ports().isEmpty()) {
            out.add(p.line().text("  ").dim("no ports exposed or published").build());
        }
        for (ContainerReport.Port port : n.ports()) {
            String left = port.published() ? port.hostIp() + ":" + (port.hostPort().isEmpty() ? "?" : port.hostPort())
                    + " " + p.arrow() + " " + port.containerPort() : port.containerPort() + "  exposed only";
            out.addHanging(Line.of("  " + TextWidth.padRight(left, 28) + " "), p.dimLine(ContainerProse.port(port.explanation())));
        }
        footer(out, Concept.NETWORK);
    }

    private void security(Lines out, ContainerReport.Security s) {
        out.add(p.line().heading("SECURITY").build());
        field(out, "user", p.line().text(ContainerProse.user(s.user())).dim(s.runsAsRoot() ? "  (uid 0 inside)" : "").build());
        field(out, "privileged", s.privileged() ? Line.of(p.span(Style.RED, "yes")) : Line.of("no"));
        if (s.effective() == null) {
            field(out, "capabilities", p.line().red("all of them").dim(s.privileged() ? " (privileged)"
                    : " (--cap-add ALL)").build());
        } else {
            field(out, "capabilities", Line.of(s.effective().size() + (s.effective().isEmpty() ? " (none)" : ": "
                    + String.join(" ", s.effective()))));
            if (s.added().isEmpty() && s.dropped().isEmpty()) {
                field(out, "", p.dimLine("exactly Docker's default set of " + s.defaults().size()));
            } else {
                Palette.LineBuilder diff = p.line().dim("against Docker's default " + s.defaults().size() + ": ");
                if (!s.dropped().isEmpty()) {
                    diff.text(s.capDrop().stream().anyMatch(c -> c.equalsIgnoreCase("ALL")) ? "all dropped"
                            : "dropped " + String.join(" ", s.dropped()));
                }
                if (!s.added().isEmpty()) {
                    diff.text(s.dropped().isEmpty() ? "added " : "; added ").yellow(String.join(" ", s.added()));
                }
                field(out, "", diff.dim("  (--cap-drop " + (s.capDrop().isEmpty() ? "-" : String.join(",", s.capDrop()))
                        + ", --cap-add " + (s.capAdd().isEmpty() ? "-" : String.join(",", s.capAdd())) + ")").build());
            }
        }
        field(out, "seccomp", Line.of(ContainerProse.seccomp(s.seccomp())));
        field(out, "apparmor", Line.of(ContainerProse.apparmor(s.apparmor())));
        field(out, "selinux", Line.of(ContainerProse.selinux(s.selinux())));
        field(out, "no-new-priv", Line.of(s.noNewPrivileges() ? "yes: setuid binaries cannot gain privileges" : "no"));
        field(out, "root fs", s.readOnlyRootfs() ? Line.of(p.span(Style.GREEN, "read-only")) : Line.of("writable"));
        if (!s.devices().isEmpty()) {
            for (ContainerDetails.Device d : s.devices()) {
                field(out, "device", Line.of(d.pathOnHost() + " " + p.arrow() + " " + d.pathInContainer() + " "
                        + d.cgroupPermissions()));
            }
        }
        if (s.risks().isEmpty()) {
            out.add(p.line().text("  ").green(p.check()).text(" nothing beyond Docker's defaults stands out").build());
        }
        for (RiskFact risk : s.risks()) {
            out.addHanging(p.line().text("  ").yellow(p.warn()).text(" ").build(), Line.of(ContainerProse.risk(risk)));
        }
        footer(out, Concept.CONTAINER);
    }

    private void health(Lines out, ContainerReport.HealthSummary h) {
        out.add(p.line().heading("HEALTH").build());
        if (!h.configured()) {
            field(out, "", p.line().text("no health check: only \"is PID 1 alive\" is known  ")
                    .dim(p.arrow() + " " + h.next()).build());
        } else {
            Style st = h.status().equals("healthy") ? Style.GREEN : h.status().equals("unhealthy") ? Style.RED
                    : Style.YELLOW;
            field(out, "status", p.line().add(st, h.status()).text((h.failingStreak() > 0 ? ", failing streak "
                    + h.failingStreak() : "") + "  ").dim(p.arrow() + " " + h.next()).build());
            if (!h.lastOutput().isEmpty()) {
                field(out, "last", p.dimLine(h.lastOutput()));
            }
        }
        footer(out, Concept.HEALTH_CHECK);
    }

    private void footer(Lines out, Concept c) {
        out.add(p.dimLine(c.footer(p.ascii())));
    }

    private void field(Lines out, String label, Line value) {
        out.addHanging(p.line().text("  ").bold(TextWidth.padRight(label, LABEL)).build(), value);
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
