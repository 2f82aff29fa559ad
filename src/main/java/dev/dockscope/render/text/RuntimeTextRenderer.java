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
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("RUNTIME") + "  " + p.dim("how an image becomes running processes"));
        for (int i = 0; i < r.chain().size(); i++) {
            RuntimeInfo.Hop h = r.chain().get(i);
            String name = h.name() + (h.version() == null ? "" : " " + h.version());
            String head = "  " + TextWidth.padRight(p.bold(TextWidth.truncate(name, NAME, p.ascii())), NAME) + "  ";
            out.add(Wrap.hanging(head, p.dim(h.role()), width));
            if (i < r.chain().size() - 1) {
                out.add("    " + p.cyan(p.ascii() ? "|" : "│"));
            }
        }
        out.add(p.dim(Concept.RUNTIME.footer(p.ascii())));
        out.blank();

        RuntimeInfo.Drivers d = r.drivers();
        out.add(p.heading("DRIVERS"));
        StringBuilder status = new StringBuilder();
        for (Map.Entry<String, String> e : d.storageStatus().entrySet()) {
            status.append(status.length() == 0 ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue());
        }
        field(out, "storage", d.storage() + (status.length() == 0 ? "" : p.dim("  (" + status + ")"))
                + (d.containerdImageStore() ? "  containerd image store" : ""));
        field(out, "cgroups", d.cgroup() + " driver, cgroup v" + d.cgroupVersion());
        field(out, "runtime", d.defaultRuntime() + " (default)" + p.dim("  known: " + String.join(", ", d.runtimes())));
        field(out, "logging", d.logging());
        field(out, "data root", d.dataRoot());
        field(out, "security", r.security().isEmpty() ? "(none reported)" : String.join(", ", r.security()));
        for (String note : r.notes()) {
            out.add(Wrap.hanging("  " + p.bullet() + " ", note, width));
        }
        out.add(p.dim(Concept.NAMESPACE_CGROUP.footer(p.ascii())));
        out.blank();

        out.add(p.heading("HOST AND OBJECTS"));
        RuntimeInfo.Host h = r.host();
        field(out, "host", h.os() + ", kernel " + h.kernel() + ", " + h.arch() + ", " + h.cpus() + " CPUs, "
                + Bytes.human(h.memory()) + " memory");
        RuntimeInfo.Objects o = r.objects();
        field(out, "objects", Plural.of(o.imagesListed(), "image")
                + (o.images() > o.imagesListed() ? " (" + o.images() + " with intermediate build images)" : "") + "; " + Plural.of(o.containers(), "container") + " (" + o.running() + " running, "
                + o.paused() + " paused, " + o.stopped() + " stopped)");
        RuntimeInfo.Disk disk = r.disk();
        field(out, "disk", "images " + Bytes.human(disk.images()) + p.dim(" (" + Bytes.human(disk.imagesUnused())
                + " in images no container uses)"));
        field(out, "", "containers' writable layers " + Bytes.human(disk.containers()));
        field(out, "", "volumes " + Bytes.human(disk.volumes()) + p.dim(" (" + Bytes.human(disk.volumesUnused())
                + " in volumes no container mounts)"));
        field(out, "", "build cache " + Bytes.human(disk.buildCache()) + p.dim(" (" + Bytes.human(disk.buildCacheUnused())
                + " not in use)"));
        out.add(p.dim(Concept.LAYER_CACHE.footer(p.ascii())));
        out.add(p.dim(Concept.VOLUME.footer(p.ascii())));
        return out.toString();
    }

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging(p.bold("  " + TextWidth.padRight(label, 10)), value, width));
    }
}
