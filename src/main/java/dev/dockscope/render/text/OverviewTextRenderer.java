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
        Lines out = new Lines(p, width);
        out.add(p.line().heading("dockscope " + r.version()).text("  ").dim("Docker explained with your own objects")
                .build());
        out.blank();
        if (r.daemon() != null) {
            DaemonVersion v = r.daemon();
            field(out, "Daemon", p.line().text((v.platform() != null ? v.platform() : "Docker Engine") + " "
                    + v.version() + " (API " + v.apiVersion() + ") at " + r.endpoint()).dim(", from "
                    + r.endpointSource()).build());
            OverviewReport.Counts c = r.counts();
            field(out, "Objects", Line.of(Plural.of(c.images(), "image") + ", " + Plural.of(c.containers(), "container")
                    + " (" + c.running() + " running), " + Plural.of(c.volumes(), "volume") + ", "
                    + Plural.of(c.networks(), "network") + " (" + c.userNetworks() + " user-defined)"));
            RuntimeInfo.Disk d = r.disk();
            field(out, "Disk", Line.of("images " + Bytes.human(d.images()) + ", containers' writable layers "
                    + Bytes.human(d.containers()) + ", volumes " + Bytes.human(d.volumes()) + ", build cache "
                    + Bytes.human(d.buildCache())));
        } else {
            field(out, "Daemon", p.line().yellow("not reachable: ").text(r.unreachable()).build());
        }
        out.blank();
        out.add(p.line().heading("Try").build());
        int w = r.tryNext().stream().mapToInt(s -> Span.plain(s.command()).width()).max().orElse(0);
        for (OverviewReport.Suggestion s : r.tryNext()) {
            Line cmd = Line.of("  ").plus(Line.of(s.command()).padRight(Math.min(w, width / 2))).plus("  ");
            out.addAll(Wrap.hanging(cmd, p.dimLine(s.why()), width));
        }
        out.blank();
        out.add(p.line().dim(Concept.RUNTIME.footer(p.ascii())).build());
        return out.toString();
    }

    private void field(Lines out, String label, Line value) {
        out.addAll(Wrap.hanging(p.line().bold(TextWidth.padRight(label, 9)).build(), value, width));
    }
}
