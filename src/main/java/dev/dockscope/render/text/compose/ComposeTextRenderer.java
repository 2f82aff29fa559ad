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
import dev.dockscope.render.text.Boxes;
import dev.dockscope.render.text.CardAscii;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.render.text.Wrap;
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
        out.add(p.heading("COMPOSE PROJECTS") + "  " + p.dim(r.projects().size() + " found by their labels"));
        if (r.projects().isEmpty()) {
            out.add(Wrap.hanging("  ", "No container, network or volume here carries com.docker.compose.project. "
                    + "docker compose up creates them; dockscope compose -f FILE reads a project from its files.",
                    width));
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
            String health = healthy + unhealthy == 0 ? "" : ", " + healthy + " healthy"
                    + (unhealthy > 0 ? ", " + p.red(unhealthy + " unhealthy") : "");
            out.add(Wrap.hanging("  " + p.bold(pr.name()) + "  ", Plural.of(pr.services().size(), "service") + ", "
                    + Plural.of(containers, "container") + " (" + up + " running" + health + ")"
                    + (pr.workingDir().isEmpty() ? "" : p.dim("  " + pr.workingDir())), width));
        }
        out.blank();
        out.add(p.dim("dockscope compose PROJECT draws one; dockscope compose -f FILE reads its files."));
        out.add(p.dim(Concept.COMPOSE.footer(p.ascii())));
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
        out.add(p.heading("COMPOSE PROJECT " + pr.name()) + "  " + p.dim(from));
        if (!pr.workingDir().isEmpty()) {
            field(out, "folder", pr.workingDir());
        }
        if (!pr.configFiles().isEmpty()) {
            List<String> files = new ArrayList<>();
            pr.configFiles().forEach(f -> files.add(relative(pr, f)));
            field(out, "files", String.join(", ", files));
        }
        out.blank();
        out.add(p.heading("SERVICES"));
        if (pr.services().isEmpty()) {
            out.add("  (none)");
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
            out.add(Wrap.hanging("  " + p.bold(s.name()) + "  ", String.join(", ", facts), width));
            String pad = "      ";
            if (!s.containers().isEmpty()) {
                List<String> cs = new ArrayList<>();
                for (Container c : s.containers()) {
                    cs.add(c.name() + " " + c.state() + (c.health().isEmpty() ? "" : " (" + c.health() + ")")
                            + (c.oneoff() ? " one-off" : ""));
                }
                out.add(Wrap.hanging(pad + "containers ", String.join(", ", cs), width));
            }
            if (!s.ports().isEmpty()) {
                List<String> ps = new ArrayList<>();
                for (Port port : s.ports()) {
                    ps.add(port(port));
                }
                out.add(Wrap.hanging(pad + "ports ", String.join(", ", ps), width));
            }
            if (!s.networks().isEmpty()) {
                out.add(Wrap.hanging(pad + "networks ", String.join(", ", s.networks()), width));
            }
            if (!s.volumes().isEmpty()) {
                List<String> vs = new ArrayList<>();
                for (Mount m : s.volumes()) {
                    vs.add((m.source().isEmpty() ? "(anonymous)" : m.source()) + ":" + m.target()
                            + (m.readOnly() ? ":ro" : "") + (m.type().equals("volume") ? "" : " " + m.type()));
                }
                out.add(Wrap.hanging(pad + "mounts ", String.join(", ", vs), width));
            }
        }
        out.add(p.dim(Concept.COMPOSE.footer(p.ascii())));
        out.blank();
        graph(out, pr);
        if (!pr.networks().isEmpty() || !pr.volumes().isEmpty()) {
            out.blank();
            out.add(p.heading("NETWORKS AND VOLUMES"));
            for (ComposeReport.Network n : pr.networks()) {
                out.add(Wrap.hanging("  network " + p.bold(n.name()) + "  ", n.driver()
                        + (n.internal() ? ", internal" : "") + (n.external() ? ", external" : ""), width));
            }
            for (ComposeReport.Volume v : pr.volumes()) {
                out.add(Wrap.hanging("  volume " + p.bold(v.name()) + "  ", v.driver()
                        + (v.external() ? ", external" : "") + (v.usedBy().isEmpty() ? ", used by no service"
                        : ", used by " + String.join(", ", v.usedBy())), width));
            }
            out.add(p.dim(Concept.NETWORK.footer(p.ascii())));
            out.add(p.dim(Concept.VOLUME.footer(p.ascii())));
        }
        if (!pr.drift().isEmpty()) {
            out.blank();
            out.add(p.heading("DECLARED VS RUNNING"));
            for (ComposeReport.Drift d : pr.drift()) {
                out.add(Wrap.hanging("  " + p.yellow(p.warn()) + " ", d.service() + ": " + drift(d), width));
            }
        } else if (pr.running() && pr.source() == ComposeReport.Source.FILES) {
            out.blank();
            out.add(p.heading("DECLARED VS RUNNING") + "  " + p.green(p.check()) + " the running project matches");
        }
        if (!pr.findings().isEmpty()) {
            out.blank();
            out.add(p.heading("FINDINGS"));
            for (Finding f : pr.findings()) {
                String where = f.file().isEmpty() ? "" : relative(pr, f.file()) + (f.line() > 0 ? ":" + f.line() + ":" + f.column()
                        : "") + " ";
                String sev = switch (f.severity()) {
                    case ERROR -> p.red("error");
                    case WARNING -> p.yellow("warning");
                    case INFO -> p.dim("info");
                };
                out.add(Wrap.hanging("  ", where + sev + " " + p.dim(f.rule()) + " " + f.message(), width));
            }
            if (pr.findings().stream().anyMatch(f -> f.rule().equals("compose/healthy-without-healthcheck"))) {
                out.add(p.dim(Concept.HEALTH_CHECK.footer(p.ascii())));
            }
        }
        return out.toString();
    }

    private void graph(Lines out, Project pr) {
        out.add(p.heading("DEPENDENCIES") + "  " + p.dim("who starts first: the bottom row depends on nothing"));
        if (pr.edges().isEmpty() && pr.cycles().isEmpty()) {
            out.add(Wrap.hanging("  ", pr.source() == ComposeReport.Source.DAEMON
                    ? "no com.docker.compose.depends_on label on these containers: no dependencies were declared, or "
                        + "Compose v1 created them (it did not record depends_on)"
                    : "no depends_on: Compose starts every service at once", width));
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
        lines.forEach(l -> out.add(p.ascii() ? CardAscii.diagram(l) : l));
        for (Edge e : pr.edges()) {
            out.add(Wrap.hanging("  ", e.from() + " " + p.arrow() + " " + e.to() + p.dim("  " + e.condition()
                    + (e.required() ? "" : ", optional")), width));
        }
        for (List<String> c : pr.cycles()) {
            out.add(Wrap.hanging("  " + p.red(p.cross()) + " ", "cycle: " + String.join(" " + p.arrow() + " ", c)
                    + " " + p.arrow() + " " + c.get(0) + " (Compose refuses to start it)", width));
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
            case EXTRA_SERVICE -> "running (" + d.running() + ") but not declared";
            case IMAGE -> "image " + d.declared() + " declared, " + d.running() + " running";
            case PORTS -> "ports " + (d.declared().isEmpty() ? "none" : d.declared()) + " declared, "
                    + (d.running().isEmpty() ? "none" : d.running()) + " published";
            case HEALTHCHECK -> "a healthcheck is declared, but the containers report no health";
            case REPLICAS -> d.declared() + " replicas declared, " + d.running();
        };
    }

    /** A file under the project folder is named relative to it (the folder is printed once above). */
    private static String relative(Project pr, String file) {
        String dir = pr.workingDir().endsWith("/") ? pr.workingDir() : pr.workingDir() + "/";
        return !pr.workingDir().isEmpty() && file.startsWith(dir) ? file.substring(dir.length()) : file;
    }

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging("  " + TextWidth.padRight(label, 8), value, width));
    }
}
