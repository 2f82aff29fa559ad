package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.containerName;
import static dev.dockscope.explain.LiveSupport.duration;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.analysis.container.HealthTimeline;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.ContainerSummary;
import dev.dockscope.model.container.Healthcheck;
import dev.dockscope.model.text.Plural;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A running container with a health check (unhealthy ones first): its probe and its last results. */
final class HealthCheckLive implements LiveFinder {
    static final int MAX_INSPECTED = 40;
    static final String EXAMPLE = "HEALTHCHECK --interval=30s --timeout=3s --retries=3 "
            + "CMD wget -q -O /dev/null http://localhost:8080/health || exit 1";

    @Override
    public Concept concept() {
        return Concept.HEALTH_CHECK;
    }

    @Override
    public String wouldShow() {
        return "a running container with a health check: its probe command, its status and its last probes.";
    }

    @Override
    public LiveExample find(LiveContext ctx) {
        LiveExample.Builder b = LiveExample.of(concept());
        ContainerDetails best = null;
        int bestRank = Integer.MAX_VALUE;
        int seen = 0;
        for (ContainerSummary c : LiveSupport.runningNewestFirst(ctx)) {
            if (seen++ >= MAX_INSPECTED) {
                break;
            }
            ContainerDetails full;
            try {
                full = ctx.container(c.id());
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            if (!hasHealthCheck(full)) {
                continue;
            }
            int rank = switch (full.state().health() == null ? "" : full.state().health().status()) {
                case "unhealthy" -> 0;
                case "starting" -> 1;
                case "healthy" -> 2;
                default -> 3;
            };
            if (rank < bestRank) {
                bestRank = rank;
                best = full;
            }
        }
        if (best == null) {
            b.none("None of your running containers has a health check. Add one like this:");
            b.fact("in a Dockerfile", EXAMPLE);
            b.fact("or at run time", "docker run --health-cmd 'wget -q -O /dev/null http://localhost:8080/health' "
                    + "--health-interval 30s IMAGE");
            b.note("Probe with a tool the image really has (busybox wget, curl, or the app's own check).");
            return b.build();
        }
        String name = containerName(best);
        Healthcheck hc = best.config().healthcheck() != null ? best.config().healthcheck()
                : new Healthcheck(List.of(), 0, 0, 0, 0, 0);
        ContainerDetails.Health health = best.state().health() != null ? best.state().health()
                : new ContainerDetails.Health("", 0, List.of());
        String status = health.status();
        b.headline("Container " + name + " is " + (status.isEmpty() ? "not yet probed" : status) + ".");
        b.fact("probe", probe(hc.test()));
        b.fact("every", (duration(hc.intervalNanos()).isEmpty() ? duration(HealthTimeline.DEFAULT_INTERVAL)
                + " (default)" : duration(hc.intervalNanos())) + ", timeout " + (duration(hc.timeoutNanos()).isEmpty()
                ? duration(HealthTimeline.DEFAULT_TIMEOUT) : duration(hc.timeoutNanos())) + ", unhealthy after "
                + Plural.of(hc.retries() > 0 ? hc.retries() : HealthTimeline.DEFAULT_RETRIES, "failure") + " in a row");
        b.fact("failing streak", String.valueOf(health.failingStreak()));
        List<Map<String, Object>> probes = new ArrayList<>();
        if (!health.log().isEmpty()) {
            b.fact("last probes", "oldest first");
        }
        for (ContainerDetails.Probe p : health.log()) {
            long exit = p.exitCode();
            String out = p.output().replace('\n', ' ').strip();
            String start = p.start();
            String time = start.length() >= 19 ? start.substring(11, 19) : start;
            b.fact(1, time, (exit == 0 ? "pass" : "FAIL") + " (exit " + exit + ")" + (out.isEmpty() ? "" : ": " + out));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("start", start);
            r.put("end", p.end());
            r.put("exitCode", exit);
            r.put("output", out);
            probes.add(r);
        }
        b.note("Only exit code 0 counts as a pass; Docker reports the status but does not restart the container.");
        b.raw("container", name);
        b.raw("id", best.id());
        b.raw("status", status);
        b.raw("test", hc.test());
        b.raw("intervalNanos", hc.intervalNanos());
        b.raw("timeoutNanos", hc.timeoutNanos());
        b.raw("retries", (long) hc.retries());
        b.raw("failingStreak", (long) health.failingStreak());
        b.raw("probes", probes);
        return b.build();
    }

    static boolean hasHealthCheck(ContainerDetails container) {
        Healthcheck hc = container.config().healthcheck();
        return hc != null && !hc.test().isEmpty() && !hc.disabled() || container.state().health() != null;
    }

    /** {@code ["CMD-SHELL","curl -f x"]} as {@code curl -f x}; {@code ["CMD","a","b"]} as {@code a b}. */
    static String probe(List<String> test) {
        if (test.isEmpty()) {
            return "?";
        }
        return switch (test.get(0)) {
            case "CMD-SHELL" -> String.join(" ", test.subList(1, test.size())) + "  (via /bin/sh -c)";
            case "CMD" -> String.join(" ", test.subList(1, test.size()));
            default -> String.join(" ", test);
        };
    }
}
