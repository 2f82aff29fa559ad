package dev.dockscope.render.text.volume;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.text.Plural;
import dev.dockscope.model.volume.VolumeReport.Fate;
import dev.dockscope.model.volume.VolumeReport.Use;
import dev.dockscope.model.volume.VolumeReport;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
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
        Lines out = new Lines(width, p.ascii());
        long dangling = o.volumes().stream().filter(VolumeReport.Row::dangling).count();
        out.add(p.heading("VOLUMES") + "  " + p.dim(Plural.of(o.volumes().size(), "volume") + ", " + dangling + " dangling"
                + (o.danglingBytes() > 0 ? " (" + Bytes.human(o.danglingBytes()) + " reclaimable)" : "")));
        if (o.volumes().isEmpty()) {
            out.add("  (none)");
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
            if (r.dangling()) {
                tags.add(p.yellow("dangling"));
            }
            String name = r.anonymous() ? r.name().substring(0, 12) + (p.ascii() ? "..." : "…") : r.name();
            out.add(Wrap.hanging("  " + p.bold(name) + "  ", String.join(", ", tags), width));
            for (Use u : r.usedBy()) {
                out.add(Wrap.hanging("      " + p.arrow() + " ", u.container() + ":" + u.destination()
                        + (u.readOnly() ? " (ro)" : ""), width));
            }
        }
        if (!o.binds().isEmpty()) {
            out.blank();
            out.add(p.heading("BIND MOUNTS") + "  " + p.dim("host folders, not managed by Docker"));
            for (VolumeReport.Bind b : o.binds()) {
                out.add(Wrap.hanging("  ", b.source() + " " + p.arrow() + " " + b.container() + ":" + b.destination()
                        + (b.readOnly() ? " (ro)" : ""), width));
            }
        }
        if (!o.tmpfs().isEmpty()) {
            out.blank();
            out.add(p.heading("TMPFS") + "  " + p.dim("in memory, gone when the container stops"));
            for (VolumeReport.Tmpfs t : o.tmpfs()) {
                out.add(Wrap.hanging("  ", t.container() + ":" + t.destination()
                        + (t.options().isEmpty() ? "" : p.dim(" (" + t.options() + ")")), width));
            }
        }
        out.blank();
        out.add(p.dim("dockscope volume NAME tells what survives docker rm, compose down and prune."));
        out.add(p.dim(Concept.VOLUME.footer(p.ascii())));
        return out.toString();
    }

    public String render(VolumeReport.View v) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("VOLUME " + v.name()) + "  " + p.dim(v.anonymous() ? "anonymous" : "named"));
        field(out, "driver", v.driver() + (v.scope().isEmpty() ? "" : p.dim("  scope " + v.scope())));
        field(out, "mountpoint", v.mountpoint());
        field(out, "created", v.createdAt());
        field(out, "size", v.size() < 0 ? "not measured" : Bytes.human(v.size()) + p.dim("  (" + v.size() + " B)"));
        if (!v.project().isEmpty()) {
            field(out, "compose", "project " + v.project());
        }
        if (!v.options().isEmpty()) {
            field(out, "options", join(v.options()));
        }
        if (!v.labels().isEmpty()) {
            field(out, "labels", join(v.labels()));
        }
        out.blank();
        out.add(p.heading("USED BY"));
        if (v.usedBy().isEmpty()) {
            out.add("  no container, running or stopped: this volume is dangling");
        }
        for (Use u : v.usedBy()) {
            out.add(Wrap.hanging("  " + p.bold(u.container()) + "  ", u.destination() + "  "
                    + (u.readOnly() ? "read-only" : "read-write"), width));
        }
        out.blank();
        out.add(p.heading("WHAT SURVIVES"));
        int w = 0;
        for (Fate f : v.story()) {
            w = Math.max(w, TextWidth.of(f.action()));
        }
        for (Fate f : v.story()) {
            String mark = switch (f.outcome()) {
                case KEPT -> p.green("kept");
                case REMOVED -> p.red("removed");
                case REMOVED_IF_UNUSED -> p.yellow("removed");
                case NOT_APPLICABLE -> p.dim("n/a");
            };
            out.add(Wrap.hanging("  " + TextWidth.padRight(f.action(), w) + "  ",
                    mark + p.dim(" " + p.dash() + " " + why(f, v)), width));
        }
        out.add(p.dim(Concept.VOLUME.footer(p.ascii())));
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

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging("  " + TextWidth.padRight(label, 11), value, width));
    }
}
