package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.model.text.Plural;
import java.util.Map;

/** {@code dockscope runtime}: the chain drawn top to bottom, then drivers, security, host and disk. */
public final class RuntimeTextRenderer {
    private static final int NAME = 26;
    private final Palette p;
    private final int width;

    public RuntimeTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(RuntimeInfo r) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("RUNTIME").text("  ").dim("how an image becomes running processes").build());
        for (int i = 0; i < r.chain().size(); i++) {
            RuntimeInfo.Hop h = r.chain().get(i);
            String name = h.name() + (h.version() == null ? "" : " " + h.version());
            Line head = Line.of("  ").plus(p.line().bold(name).build().cut(NAME, p.ascii() ? "..." : "…").padRight(NAME))
                    .plus("  ");
            out.addAll(Wrap.hanging(head, p.dimLine(h.role()), width));
            if (i < r.chain().size() - 1) {
                out.add(p.line().text("    ").cyan(p.ascii() ? "|" : "│").build());
            }
        }
        out.add(p.line().dim(Concept.RUNTIME.footer(p.ascii())).build());
        out.blank();

        RuntimeInfo.Drivers d = r.drivers();
        out.add(p.line().heading("DRIVERS").build());
        StringBuilder status = new StringBuilder();
        for (Map.Entry<String, String> e : d.storageStatus().entrySet()) {
            status.append(status.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        field(out, "storage", p.line().text(d.storage()).dim(status.length() == 0 ? "" : "  (" + status + ")")
                .text(d.containerdImageStore() ? "  containerd image store" : ""));
        field(out, "cgroups", p.line().text(d.cgroup() + " driver, cgroup v" + d.cgroupVersion()));
        field(out, "runtime", p.line().text(d.defaultRuntime() + " (default)").dim("  known: "
                + String.join(", ", d.runtimes())));
        field(out, "logging", p.line().text(d.logging()));
        field(out, "data root", p.line().text(d.dataRoot()));
        field(out, "security", p.line().text(r.security().isEmpty() ? "(none reported)"
                : String.join(", ", r.security())));
        for (String note : r.notes()) {
            out.addAll(Wrap.hanging(Line.of("  " + p.bullet() + " "), Line.of(note), width));
        }
        out.add(p.line().dim(Concept.NAMESPACE_CGROUP.footer(p.ascii())).build());
        out.blank();

        out.add(p.line().heading("HOST AND OBJECTS").build());
        RuntimeInfo.Host h = r.host();
        field(out, "host", p.line().text(h.os() + ", kernel " + h.kernel() + ", " + h.arch() + ", " + h.cpus()
                + " CPUs, " + Bytes.human(h.memory()) + " memory"));
        RuntimeInfo.Objects o = r.objects();
        field(out, "objects", p.line().text(Plural.of(o.imagesListed(), "image")
                + (o.images() > o.imagesListed() ? " (" + o.images() + " with intermediate build images)" : "") + "; "
                + Plural.of(o.containers(), "container") + " (" + o.running() + " running, " + o.paused() + " paused, "
                + o.stopped() + " stopped)"));
        RuntimeInfo.Disk disk = r.disk();
        field(out, "disk", p.line().text("images " + Bytes.human(disk.images())).dim(" ("
                + Bytes.human(disk.imagesUnused()) + " in images no container uses)"));
        field(out, "", p.line().text("containers' writable layers " + Bytes.human(disk.containers())));
        field(out, "", p.line().text("volumes " + Bytes.human(disk.volumes())).dim(" ("
                + Bytes.human(disk.volumesUnused()) + " in volumes no container mounts)"));
        field(out, "", p.line().text("build cache " + Bytes.human(disk.buildCache())).dim(" ("
                + Bytes.human(disk.buildCacheUnused()) + " not in use)"));
        out.add(p.line().dim(Concept.LAYER_CACHE.footer(p.ascii())).build());
        out.add(p.line().dim(Concept.VOLUME.footer(p.ascii())).build());
        return out.toString();
    }

    private void field(Lines out, String label, Palette.LineBuilder value) {
        out.addAll(Wrap.hanging(p.line().bold("  " + TextWidth.padRight(label, 10)).build(), value.build(), width));
    }
}
