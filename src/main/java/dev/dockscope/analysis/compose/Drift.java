package dev.dockscope.analysis.compose;

import dev.dockscope.model.compose.ComposeReport.DriftKind;
import dev.dockscope.model.compose.ComposeReport.Port;
import dev.dockscope.model.compose.ComposeReport.Service;
import dev.dockscope.model.compose.ComposeReport;
import dev.dockscope.model.compose.DriftSide.Kind;
import dev.dockscope.model.compose.DriftSide;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Declared (files) against running (labels): services missing or extra, images, ports, healthchecks, replicas. */
public final class Drift {
    private Drift() {
    }

    public static List<ComposeReport.Drift> compare(ComposeReport.Project declared, ComposeReport.Project running) {
        List<ComposeReport.Drift> out = new ArrayList<>();
        Map<String, Service> run = new LinkedHashMap<>();
        running.services().forEach(s -> run.put(s.name(), s));
        for (Service d : declared.services()) {
            Service r = run.remove(d.name());
            if (r == null) {
                out.add(new ComposeReport.Drift(DriftKind.MISSING_SERVICE, d.name(), DriftSide.of(Kind.DECLARED),
                        DriftSide.of(Kind.NO_CONTAINER)));
                continue;
            }
            if (!d.image().isEmpty() && !sameImage(d.image(), r.image())) {
                out.add(new ComposeReport.Drift(DriftKind.IMAGE, d.name(), DriftSide.value(d.image()),
                        DriftSide.value(r.image())));
            }
            String dp = ports(d.ports());
            String rp = ports(r.ports());
            if (!dp.equals(rp)) {
                out.add(new ComposeReport.Drift(DriftKind.PORTS, d.name(), DriftSide.value(dp), DriftSide.value(rp)));
            }
            if (d.healthcheck() && !r.healthcheck()) {
                out.add(new ComposeReport.Drift(DriftKind.HEALTHCHECK, d.name(),
                        DriftSide.of(Kind.HEALTHCHECK_DECLARED), DriftSide.of(Kind.NO_HEALTH)));
            }
            long up = r.containers().stream().filter(c -> !c.oneoff() && c.state().equals("running")).count();
            if (up != d.replicas()) {
                out.add(new ComposeReport.Drift(DriftKind.REPLICAS, d.name(),
                        DriftSide.count(Kind.REPLICAS, d.replicas()),
                        DriftSide.count(Kind.RUNNING, up)));
            }
        }
        for (Service r : run.values()) {
            out.add(new ComposeReport.Drift(DriftKind.EXTRA_SERVICE, r.name(), DriftSide.of(Kind.NOT_DECLARED),
                    DriftSide.count(Kind.CONTAINERS, r.containers().size())));
        }
        return List.copyOf(out);
    }

    /** {@code nginx} and {@code nginx:latest}, {@code docker.io/library/nginx} are the same reference. */
    static boolean sameImage(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String ref) {
        String r = ref.replaceFirst("^docker\\.io/", "").replaceFirst("^library/", "");
        int colon = r.lastIndexOf(':');
        if (!r.contains("@") && colon <= r.lastIndexOf('/')) {
            r = r + ":latest";
        }
        return r;
    }

    /** Published ports only ({@code ip:published->target/proto}), sorted: what a client can reach. */
    private static String ports(List<Port> ports) {
        TreeSet<String> s = new TreeSet<>();
        for (Port p : ports) {
            if (!p.published().isEmpty()) {
                s.add((p.hostIp().isEmpty() || p.hostIp().equals("0.0.0.0") || p.hostIp().equals("::") ? ""
                        : p.hostIp() + ":") + p.published() + "->" + p.target() + "/" + p.protocol());
            }
        }
        return String.join(", ", s);
    }
}
