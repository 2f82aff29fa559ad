package dev.dockscope.render.text.compose;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.compose.ComposeReport.Container;
import dev.dockscope.model.compose.ComposeReport.Edge;
import dev.dockscope.model.compose.ComposeReport.Finding;
import dev.dockscope.model.compose.ComposeReport.Mount;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Project;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.text.Plural;
import dev.dockscope.render.prose.Prose;
import dev.dockscope.render.text.Boxes;
import dev.dockscope.render.text.CardAscii;
import dev.dockscope.render.text.Line;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dockscope compose}: the list of projects, or one project with its services, layered graph and findings. */
public final class ComposeTextRenderer {
    private static final int INDENT = 2;
    private final Palette p;
    private final int width;

    public ComposeTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    /** The list: one line per project. */
    public String list(ComposeReport r) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("COMPOSE PROJECTS").text("  ").dim(r.projects().size() + " found by their labels")
                .build());
        if (r.projects().isEmpty()) {
            out.addHanging(Line.of("  "), Line.of("No container, network or volume here carries com.docker.compose.project. "
                    + "docker compose up creates them; dockscope compose -f FILE reads a project from its files."));
        }
        for (Project pr : r.projects()) {
            int containers = 0;
            int up = 0;
            int healthy = 0;
            int unhealthy = 0;
            for (Service s : pr.services()) {
                for (Container c : s.containers()) {
                    containers++;
                    up += c.state().equals("running") ? 1 : 0;
                    healthy += c.health().equals("healthy") ? 1 : 0;
                    unhealthy += c.health().equals("unhealthy") ? 1 : 0;
                }
            }
            Palette.LineBuilder facts = p.line().text(Plural.of(pr.services().size(), "service") + ", "
                    + Plural.of(containers, "container") + " (" + up + " running");
            if (healthy + unhealthy > 0) {
                facts.text(", " + healthy + " healthy");
            }
            if (unhealthy > 0) {
                facts.text(", ").red(unhealthy + " unhealthy");
            }
            facts.text(")").dim(pr.workingDir().isEmpty() ? "" : "  " + pr.workingDir());
            out.addHanging(p.line().text("  ").bold(pr.name()).text("  ").build(), facts.build());
        }
        out.blank();
        out.add(p.dimLine("dockscope compose PROJECT draws one; dockscope compose -f FILE reads its files."));
        footer(out, Concept.COMPOSE);
        return out.toString();
    }

    public String project(ComposeReport r) {
        StringBuilder b = new StringBuilder();
        for (Project pr : r.projects()) {
            b.append(project(pr));
        }
        return b.toString();
    }

    private String project(Project pr) {
        Lines out = new Lines(p, width);
        String from = pr.source() == ComposeReport.Source.DAEMON ? "rebuilt from the daemon's labels"
                : "declared in its files" + (pr.running() ? ", and running" : "");
        out.add(p.line().heading("COMPOSE PROJECT " + pr.name()).text("  ").dim(from).build());
        if (!pr.workingDir().isEmpty()) {
            field(out, "folder", pr.workingDir());
        }
        if (!pr.configFiles().isEmpty()) {
            List<String> files = new ArrayList<>();
            pr.configFiles().forEach(f -> files.add(relative(pr, f)));
            field(out, "files", String.join(", ", files));
        }
        out.blank();
        out.add(p.line().heading("SERVICES").build());
        if (pr.services().isEmpty()) {
            out.add(Line.of("  (none)"));
        }
        for (Service s : pr.services()) {
            List<String> facts = new ArrayList<>();
            facts.add(s.image().isEmpty() ? (s.build() ? "built here" : "no image") : s.image());
            facts.add(Plural.of(s.replicas(), "replica"));
            if (!s.health().isEmpty()) {
                facts.add(s.health());
            }
            if (s.healthcheck()) {
                facts.add("healthcheck");
            }
            if (!s.profiles().isEmpty()) {
                facts.add("profiles " + String.join(", ", s.profiles()));
            }
            out.addHanging(p.line().text("  ").bold(s.name()).text("  ").build(), Line.of(String.join(", ", facts)));
            String pad = "      ";
            if (!s.containers().isEmpty()) {
                List<String> cs = new ArrayList<>();
                for (Container c : s.containers()) {
                    cs.add(c.name() + " " + c.state() + (c.health().isEmpty() ? "" : " (" + c.health() + ")")
                            + (c.oneoff() ? " one-off" : ""));
                }
                out.addHanging(Line.of(pad + "containers "), Line.of(String.join(", ", cs)));
            }
            if (!s.ports().isEmpty()) {
                List<String> ps = new ArrayList<>();
                for (Port port : s.ports()) {
                    ps.add(port(port));
                }
                out.addHanging(Line.of(pad + "ports "), Line.of(String.join(", ", ps)));
            }
            if (!s.networks().isEmpty()) {
                out.addHanging(Line.of(pad + "networks "), Line.of(String.join(", ", s.networks())));
            }
            if (!s.volumes().isEmpty()) {
                List<String> vs = new ArrayList<>();
                for (Mount m : s.volumes()) {
                    vs.add((m.source().isEmpty() ? "(anonymous)" : m.source()) + ":" + m.target()
                            + (m.readOnly() ? ":ro" : "") + (m.type().equals("volume") ? "" : " " + m.type()));
                }
                out.addHanging(Line.of(pad + "mounts "), Line.of(String.join(", ", vs)));
            }
        }
        footer(out, Concept.COMPOSE);
        out.blank();
        graph(out, pr);
        if (!pr.networks().isEmpty() || !pr.volumes().isEmpty()) {
            out.blank();
            out.add(p.line().heading("NETWORKS AND VOLUMES").build());
            for (ComposeReport.Network n : pr.networks()) {
                out.addHanging(p.line().text("  network ").bold(n.name()).text("  ").build(), Line.of(n.driver()
                        + (n.internal() ? ", internal" : "") + (n.external() ? ", external" : "")));
            }
            for (ComposeReport.Volume v : pr.volumes()) {
                out.addHanging(p.line().text("  volume ").bold(v.name()).text("  ").build(), Line.of(v.driver()
                        + (v.external() ? ", external" : "") + (v.usedBy().isEmpty() ? ", used by no service"
                        : ", used by " + String.join(", ", v.usedBy()))));
            }
            footer(out, Concept.NETWORK);
            footer(out, Concept.VOLUME);
        }
        if (!pr.drift().isEmpty()) {
            out.blank();
            out.add(p.line().heading("DECLARED VS RUNNING").build());
            for (ComposeReport.Drift d : pr.drift()) {
                out.addHanging(p.line().text("  ").yellow(p.warn()).text(" ").build(), Line.of(d.service() + ": " + drift(d)));
            }
        } else if (pr.running() && pr.source() == ComposeReport.Source.FILES) {
            out.blank();
            out.add(p.line().heading("DECLARED VS RUNNING").text("  ").green(p.check())
                    .text(" the running project matches").build());
        }
        if (!pr.findings().isEmpty()) {
            out.blank();
            out.add(p.line().heading("FINDINGS").build());
            for (Finding f : pr.findings()) {
                String where = f.file().isEmpty() ? "" : relative(pr, f.file()) + (f.line() > 0 ? ":" + f.line() + ":" + f.column()
                        : "") + " ";
                Palette.LineBuilder l = p.line().text(where);
                switch (f.severity()) {
                    case ERROR -> l.red("error");
                    case WARNING -> l.yellow("warning");
                    case INFO -> l.dim("info");
                }
                out.addHanging(Line.of("  "), l.text(" ").dim(f.rule()).text(" " + f.message()).build());
            }
            if (pr.findings().stream().anyMatch(f -> f.rule().equals("compose/healthy-without-healthcheck"))) {
                footer(out, Concept.HEALTH_CHECK);
            }
        }
        return out.toString();
    }

    private void graph(Lines out, Project pr) {
        out.add(p.line().heading("DEPENDENCIES").text("  ").dim("who starts first: the bottom row depends on nothing")
                .build());
        if (pr.edges().isEmpty() && pr.cycles().isEmpty()) {
            out.addHanging(Line.of("  "), Line.of(pr.source() == ComposeReport.Source.DAEMON
                    ? "no com.docker.compose.depends_on label on these containers: no dependencies were declared, or "
                        + "Compose v1 created them (it did not record depends_on)"
                    : "no depends_on: Compose starts every service at once"));
            return;
        }
        int inner = Boxes.inner(width, INDENT);
        int per = Boxes.perRow(width, INDENT, inner);
        Map<String, Service> byName = new java.util.HashMap<>();
        pr.services().forEach(s -> byName.put(s.name(), s));
        List<String> lines = new ArrayList<>();
        for (int layer = pr.layers().size() - 1; layer >= 0; layer--) {
            List<String> names = pr.layers().get(layer);
            for (int i = 0; i < names.size(); i += per) {
                List<List<String>> boxes = new ArrayList<>();
                for (String n : names.subList(i, Math.min(names.size(), i + per))) {
                    List<String> box = new ArrayList<>();
                    box.add(n);
                    Service s = byName.get(n);
                    if (s != null && !s.health().isEmpty()) {
                        box.add(s.health());
                    }
                    for (Edge e : pr.edges()) {
                        if (e.from().equals(n)) {
                            box.add("▶ " + e.to() + " " + short_(e.condition()));
                        }
                    }
                    boxes.add(box);
                }
                lines.addAll(Boxes.row(boxes, INDENT, inner, null));
            }
            if (layer > 0) {
                lines.add(" ".repeat(INDENT + 2) + "│ depends on");
                lines.add(" ".repeat(INDENT + 2) + "▼");
            }
        }
        lines.forEach(l -> out.add(Line.of(p.ascii() ? CardAscii.diagram(l) : l)));
        for (Edge e : pr.edges()) {
            out.addHanging(Line.of("  "), p.line().text(e.from() + " " + p.arrow() + " " + e.to()).dim("  " + e.condition()
                    + (e.required() ? "" : ", optional")).build());
        }
        for (List<String> c : pr.cycles()) {
            out.addHanging(p.line().text("  ").red(p.cross()).text(" ").build(), Line.of("cycle: "
                    + String.join(" " + p.arrow() + " ", c) + " " + p.arrow() + " " + c.get(0)
                    + " (Compose refuses to start it)"));
        }
    }

    private static String short_(String condition) {
        return switch (condition) {
            case "service_healthy" -> "healthy";
            case "service_completed_successfully" -> "completed";
            case "service_started" -> "started";
            default -> condition;
        };
    }

    private String port(Port port) {
        String target = port.target() + "/" + port.protocol();
        if (port.published().isEmpty()) {
            return target + " (not published)";
        }
        return (port.hostIp().isEmpty() ? "0.0.0.0" : port.hostIp()) + ":" + port.published() + p.arrow() + target;
    }

    private static String drift(ComposeReport.Drift d) {
        return switch (d.kind()) {
            case MISSING_SERVICE -> "declared but not running (no container)";
            case EXTRA_SERVICE -> "running (" + Prose.of(d.running()) + ") but not declared";
            case IMAGE -> "image " + Prose.of(d.declared()) + " declared, " + Prose.of(d.running()) + " running";
            case PORTS -> "ports " + orNone(Prose.of(d.declared())) + " declared, " + orNone(Prose.of(d.running()))
                    + " published";
            case HEALTHCHECK -> "a healthcheck is declared, but the containers report no health";
            case REPLICAS -> Prose.of(d.declared()) + " replicas declared, " + Prose.of(d.running());
        };
    }

    private static String orNone(String ports) {
        return ports.isEmpty() ? "none" : ports;
    }

    /** A file under the project folder is named relative to it (the folder is printed once above). */
    private static String relative(Project pr, String file) {
        String dir = pr.workingDir().endsWith("/") ? pr.workingDir() : pr.workingDir() + "/";
        return !pr.workingDir().isEmpty() && file.startsWith(dir) ? file.substring(dir.length()) : file;
    }

    private void field(Lines out, String label, String value) {
        out.addHanging(Line.of("  " + TextWidth.padRight(label, 8)), Line.of(value));
    }

    private void footer(Lines out, Concept c) {
        out.add(p.dimLine(c.footer(p.ascii())));
    }
}
