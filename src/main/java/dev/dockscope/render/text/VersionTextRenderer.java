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
        Lines out = new Lines(width, p.ascii());
        out.add(p.bold("dockscope " + r.client().version()) + p.dim("  (Java " + r.client().javaVersion() + ", "
                + r.client().os() + "/" + r.client().arch() + ")"));
        out.blank();
        out.add(label("Endpoint") + r.endpoint().host() + (r.endpoint().tls() ? "  (TLS)" : ""));
        out.add(label("") + p.dim("from " + r.endpoint().detail()));
        DaemonVersion d = r.daemon();
        if (d == null) {
            out.add(label("Daemon") + p.red("not reachable") + (r.daemonError() == null ? "" : ": " + r.daemonError()));
        } else {
            out.add(label("Daemon") + (d.platform() != null ? d.platform() + " " : "Docker Engine ") + nz(d.version()));
            out.add(label("API") + nz(d.apiVersion()) + p.dim("  (oldest client API it accepts: " + nz(d.minApiVersion()) + ")"));
            out.add(label("Platform") + nz(d.os()) + "/" + nz(d.arch()) + p.dim("  kernel " + nz(d.kernelVersion())
                    + ", " + nz(d.goVersion())));
            List<String> parts = new ArrayList<>();
            for (DaemonVersion.Component c : d.components()) {
                parts.add(c.name() + " " + nz(c.version()));
            }
            if (!parts.isEmpty()) {
                out.add(label("Runtime") + String.join(", ", parts));
            }
        }
        out.blank();
        out.add(p.dim(Concept.RUNTIME.footer(p.ascii())));
        return out.toString();
    }

    private String label(String s) {
        return p.bold(TextWidth.padRight(s, 10));
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
