package dev.dockscope.render.text.volume;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.text.Plural;
import dev.dockscope.model.volume.VolumeReport.Fate;
import dev.dockscope.model.volume.VolumeReport.Use;
import dev.dockscope.model.volume.VolumeReport;
import dev.dockscope.render.text.Line;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.Span;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.render.text.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code dockscope volume}: volumes, who mounts them, binds and tmpfs; one volume and what survives which command. */
public final class VolumeTextRenderer {
    private final Palette p;
    private final int width;

    public VolumeTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(VolumeReport.Overview o) {
        Lines out = new Lines(p, width);
        long dangling = o.volumes().stream().filter(VolumeReport.Row::dangling).count();
        out.add(p.line().heading("VOLUMES").text("  ").dim(Plural.of(o.volumes().size(), "volume") + ", " + dangling
                + " dangling" + (o.danglingBytes() > 0 ? " (" + Bytes.human(o.danglingBytes()) + " reclaimable)" : ""))
                .build());
        if (o.volumes().isEmpty()) {
            out.add(Line.of("  (none)"));
        }
        for (VolumeReport.Row r : o.volumes()) {
            List<String> tags = new ArrayList<>();
            tags.add(r.driver());
            tags.add(r.size() < 0 ? "size ?" : Bytes.human(r.size()));
            if (r.anonymous()) {
                tags.add("anonymous");
            }
            if (!r.project().isEmpty()) {
                tags.add("compose " + r.project());
            }
            var tagLine = p.line().text(String.join(", ", tags));
            if (r.dangling()) {
                tagLine.text(", ").yellow("dangling");
            }
            String name = r.anonymous() ? r.name().substring(0, 12) + (p.ascii() ? "..." : "…") : r.name();
            out.addAll(Wrap.hanging(p.line().text("  ").bold(name).text("  ").build(), tagLine.build(), width));
            for (Use u : r.usedBy()) {
                out.addHanging(Line.of("      " + p.arrow() + " "), Line.of(u.container() + ":" + u.destination()
                        + (u.readOnly() ? " (ro)" : "")));
            }
        }
        if (!o.binds().isEmpty()) {
            out.blank();
            out.add(p.line().heading("BIND MOUNTS").text("  ").dim("host folders, not managed by Docker").build());
            for (VolumeReport.Bind b : o.binds()) {
                out.addHanging(Line.of("  "), Line.of(b.source() + " " + p.arrow() + " " + b.container() + ":"
                        + b.destination() + (b.readOnly() ? " (ro)" : "")));
            }
        }
        if (!o.tmpfs().isEmpty()) {
            out.blank();
            out.add(p.line().heading("TMPFS").text("  ").dim("in memory, gone when the container stops").build());
            for (VolumeReport.Tmpfs t : o.tmpfs()) {
                out.addHanging(Line.of("  "), p.line().text(t.container() + ":" + t.destination())
                        .dim(t.options().isEmpty() ? "" : " (" + t.options() + ")").build());
            }
        }
        out.blank();
        out.add(p.line().dim("dockscope volume NAME tells what survives docker rm, compose down and prune.").build());
        out.add(p.line().dim(Concept.VOLUME.footer(p.ascii())).build());
        return out.toString();
    }

    public String render(VolumeReport.View v) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("VOLUME " + v.name()).text("  ").dim(v.anonymous() ? "anonymous" : "named").build());
        field(out, "driver", p.line().text(v.driver()).dim(v.scope().isEmpty() ? "" : "  scope " + v.scope()).build());
        field(out, "mountpoint", Line.of(v.mountpoint()));
        field(out, "created", Line.of(v.createdAt()));
        field(out, "size", v.size() < 0 ? Line.of("not measured")
                : p.line().text(Bytes.human(v.size())).dim("  (" + v.size() + " B)").build());
        if (!v.project().isEmpty()) {
            field(out, "compose", Line.of("project " + v.project()));
        }
        if (!v.options().isEmpty()) {
            field(out, "options", Line.of(join(v.options())));
        }
        if (!v.labels().isEmpty()) {
            field(out, "labels", Line.of(join(v.labels())));
        }
        out.blank();
        out.add(p.line().heading("USED BY").build());
        if (v.usedBy().isEmpty()) {
            out.add(Line.of("  no container, running or stopped: this volume is dangling"));
        }
        for (Use u : v.usedBy()) {
            out.addHanging(p.line().text("  ").bold(u.container()).text("  ").build(), Line.of(u.destination() + "  "
                    + (u.readOnly() ? "read-only" : "read-write")));
        }
        out.blank();
        out.add(p.line().heading("WHAT SURVIVES").build());
        int w = 0;
        for (Fate f : v.story()) {
            w = Math.max(w, Span.plain(f.action()).width());
        }
        for (Fate f : v.story()) {
            var mark = p.line();
            switch (f.outcome()) {
                case KEPT -> mark.green("kept");
                case REMOVED -> mark.red("removed");
                case REMOVED_IF_UNUSED -> mark.yellow("removed");
                case NOT_APPLICABLE -> mark.dim("n/a");
            }
            out.addHanging(Line.of("  ").plus(Line.of(f.action()).padRight(w)).plus("  "),
                    mark.dim(" " + p.dash() + " " + why(f, v)).build());
        }
        out.add(p.line().dim(Concept.VOLUME.footer(p.ascii())).build());
        return out.toString();
    }

    private static String why(Fate f, VolumeReport.View v) {
        return switch (f.why()) {
            case "rm-keeps-volumes" -> "removing a container never removes its volumes";
            case "anonymous" -> f.action().startsWith("docker rm")
                    ? (f.outcome() == VolumeReport.Outcome.REMOVED_IF_UNUSED
                        ? "anonymous: removed with the last container that uses it"
                        : "anonymous volumes go with their container")
                    : "unused and anonymous";
            case "named" -> "-v removes only anonymous volumes; a named one stays";
            case "down-keeps-volumes" -> "down removes containers and networks, not volumes";
            case "project" -> "the project's volumes are removed (external ones are not)";
            case "not-compose" -> "not created by Compose";
            case "in-use" -> "a container still mounts it (running or stopped)";
            case "before-23" -> "before Engine 23 prune removes every unused volume, named too";
            case "engine-23-named" -> "since Engine 23 prune removes only anonymous volumes unless --all";
            case "unused" -> "no container mounts it";
            default -> f.why();
        };
    }

    private static String join(Map<String, String> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, val) -> parts.add(k + "=" + val));
        return String.join(", ", parts);
    }

    private void field(Lines out, String label, Line value) {
        out.addHanging(Line.of("  " + TextWidth.padRight(label, 11)), value);
    }
}
