package dev.dockscope.render.text;

import dev.dockscope.concepts.Concept;
import dev.dockscope.model.daemon.DaemonVersion;
import dev.dockscope.model.daemon.VersionReport;
import java.util.ArrayList;
import java.util.List;

public final class VersionTextRenderer {
    private final Palette p;
    private final int width;

    public VersionTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(VersionReport r) {
        Lines out = new Lines(p, width);
        out.add(p.line().bold("dockscope " + r.client().version()).dim("  (Java " + r.client().javaVersion() + ", "
                + r.client().os() + "/" + r.client().arch() + ")").build());
        out.blank();
        out.add(label("Endpoint").text(r.endpoint().host() + (r.endpoint().tls() ? "  (TLS)" : "")).build());
        out.add(label("").dim("from " + r.endpoint().detail()).build());
        DaemonVersion d = r.daemon();
        if (d == null) {
            out.add(label("Daemon").red("not reachable").text(r.daemonError() == null ? "" : ": " + r.daemonError())
                    .build());
        } else {
            out.add(label("Daemon").text((d.platform() != null ? d.platform() + " " : "Docker Engine ") + nz(d.version()))
                    .build());
            out.add(label("API").text(nz(d.apiVersion())).dim("  (oldest client API it accepts: " + nz(d.minApiVersion())
                    + ")").build());
            out.add(label("Platform").text(nz(d.os()) + "/" + nz(d.arch())).dim("  kernel " + nz(d.kernelVersion())
                    + ", " + nz(d.goVersion())).build());
            List<String> parts = new ArrayList<>();
            for (DaemonVersion.Component c : d.components()) {
                parts.add(c.name() + " " + nz(c.version()));
            }
            if (!parts.isEmpty()) {
                out.add(label("Runtime").text(String.join(", ", parts)).build());
            }
        }
        out.blank();
        out.add(p.line().dim(Concept.RUNTIME.footer(p.ascii())).build());
        return out.toString();
    }

    private Palette.LineBuilder label(String s) {
        return p.line().bold(TextWidth.padRight(s, 10));
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
