package dev.dockscope.render.text;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.OverviewReport;
import dev.dockscope.model.RuntimeInfo;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.text.Plural;

/** {@code dockscope} with no command: daemon, objects and disk, then what to try. */
public final class OverviewTextRenderer {
    private final Palette p;
    private final int width;

    public OverviewTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(OverviewReport r) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("dockscope " + r.version()) + "  " + p.dim("Docker explained with your own objects"));
        out.blank();
        if (r.daemon() != null) {
            DaemonVersion v = r.daemon();
            field(out, "Daemon", (v.platform() != null ? v.platform() : "Docker Engine") + " " + v.version()
                    + " (API " + v.apiVersion() + ") at " + r.endpoint() + p.dim(", from " + r.endpointSource()));
            OverviewReport.Counts c = r.counts();
            field(out, "Objects", Plural.of(c.images(), "image") + ", " + Plural.of(c.containers(), "container")
                    + " (" + c.running() + " running), " + Plural.of(c.volumes(), "volume") + ", "
                    + Plural.of(c.networks(), "network") + " (" + c.userNetworks() + " user-defined)");
            RuntimeInfo.Disk d = r.disk();
            field(out, "Disk", "images " + Bytes.human(d.images()) + ", containers' writable layers "
                    + Bytes.human(d.containers()) + ", volumes " + Bytes.human(d.volumes()) + ", build cache "
                    + Bytes.human(d.buildCache()));
        } else {
            field(out, "Daemon", p.yellow("not reachable: ") + r.unreachable());
        }
        out.blank();
        out.add(p.heading("Try"));
        int w = r.tryNext().stream().mapToInt(s -> TextWidth.of(s.command())).max().orElse(0);
        for (OverviewReport.Suggestion s : r.tryNext()) {
            String cmd = "  " + TextWidth.padRight(s.command(), Math.min(w, width / 2)) + "  ";
            out.add(Wrap.hanging(cmd, p.dim(s.why()), width));
        }
        out.blank();
        out.add(p.dim(Concept.RUNTIME.footer(p.ascii())));
        return out.toString();
    }

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging(p.bold(TextWidth.padRight(label, 9)), value, width));
    }
}
