package dev.dockscope.explain;

import static dev.dockscope.explain.LiveSupport.containerName;
import static dev.dockscope.explain.LiveSupport.duration;
import static dev.dockscope.explain.LiveSupport.num;
import static dev.dockscope.explain.LiveSupport.str;
import static dev.dockscope.explain.LiveSupport.strings;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.concepts.LiveExample;
import dev.dockscope.model.text.Sanitizer;
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
        JsonNode best = null;
        int bestRank = Integer.MAX_VALUE;
        int seen = 0;
        for (JsonNode c : LiveSupport.runningNewestFirst(ctx)) {
            if (seen++ >= MAX_INSPECTED) {
                break;
            }
            JsonNode full;
            try {
                full = ctx.containerInspect(c.path("Id").asText());
            } catch (DockscopeException e) {
                if (e.exitCode() == ExitCode.NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            if (!hasHealthCheck(full)) {
                continue;
            }
            int rank = switch (str(full, "State", "Health", "Status")) {
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
        JsonNode hc = best.path("Config").path("Healthcheck");
        JsonNode health = best.path("State").path("Health");
        String status = str(health, "Status");
        b.headline("Container " + name + " is " + (status.isEmpty() ? "not yet probed" : status) + ".");
        b.fact("probe", probe(strings(hc.path("Test"))));
        b.fact("every", (duration(num(hc, "Interval")).isEmpty() ? "30s (default)" : duration(num(hc, "Interval")))
                + ", timeout " + (duration(num(hc, "Timeout")).isEmpty() ? "30s" : duration(num(hc, "Timeout")))
                + ", unhealthy after " + (num(hc, "Retries") > 0 ? num(hc, "Retries") : 3) + " failures in a row");
        b.fact("failing streak", String.valueOf(num(health, "FailingStreak")));
        List<Map<String, Object>> probes = new ArrayList<>();
        JsonNode log = health.path("Log");
        if (log.size() > 0) {
            b.fact("last probes", "oldest first");
        }
        for (JsonNode p : log) {
            long exit = p.path("ExitCode").asLong(-1);
            String out = Sanitizer.line(p.path("Output").asText("")).strip();
            String start = str(p, "Start");
            String time = start.length() >= 19 ? start.substring(11, 19) : start;
            b.fact(1, time, (exit == 0 ? "pass" : "FAIL") + " (exit " + exit + ")" + (out.isEmpty() ? "" : ": " + out));
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("start", start);
            r.put("end", str(p, "End"));
            r.put("exitCode", exit);
            r.put("output", out);
            probes.add(r);
        }
        b.note("Only exit code 0 counts as a pass; Docker reports the status but does not restart the container.");
        b.raw("container", name);
        b.raw("id", str(best, "Id"));
        b.raw("status", status);
        b.raw("test", strings(hc.path("Test")));
        b.raw("intervalNanos", num(hc, "Interval"));
        b.raw("timeoutNanos", num(hc, "Timeout"));
        b.raw("retries", num(hc, "Retries"));
        b.raw("failingStreak", num(health, "FailingStreak"));
        b.raw("probes", probes);
        return b.build();
    }

    static boolean hasHealthCheck(JsonNode container) {
        List<String> test = strings(container.path("Config").path("Healthcheck").path("Test"));
        return !test.isEmpty() && !test.get(0).equals("NONE") || container.path("State").has("Health")
                && !container.path("State").path("Health").isNull();
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
