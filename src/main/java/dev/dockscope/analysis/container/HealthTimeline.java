package dev.dockscope.analysis.container;

import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.HealthStep;
import dev.dockscope.model.container.ProbeFact;
import dev.dockscope.model.container.TransitionFact;
import dev.dockscope.model.text.Instants;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays the recorded probes against the daemon's rule: a passing probe (exit 0) makes the container healthy and
 * resets the failing streak; a failing one adds one to the streak, and the container turns unhealthy when the streak
 * reaches {@code retries}; while still starting, failures inside the start period do not count. The daemon keeps only
 * the last {@value #KEPT} probes, so a full log may begin mid-story: then the streak before it is inferred from the
 * daemon's final streak.
 */
public final class HealthTimeline {
    /** Probes the daemon keeps in {@code State.Health.Log}. */
    public static final int KEPT = 5;
    /** Characters of probe output kept in the model (the daemon itself keeps up to 4 KiB). */
    public static final int OUTPUT_CHARS = 500;

    public static final long DEFAULT_INTERVAL = 30_000_000_000L;
    public static final long DEFAULT_TIMEOUT = 30_000_000_000L;
    public static final long DEFAULT_START_INTERVAL = 5_000_000_000L;
    public static final int DEFAULT_RETRIES = 3;

    private HealthTimeline() {
    }

    public static List<HealthStep> replay(List<ContainerDetails.Probe> log, int retries, long startPeriodNanos,
                                          String startedAt, String finalStatus, int finalStreak) {
        boolean complete = log.size() < KEPT;
        String status = complete ? "starting" : "";
        int streak = 0;
        if (!complete && log.stream().allMatch(p -> p.exitCode() != 0)) {
            streak = Math.max(0, finalStreak - log.size());
            status = streak >= retries ? "unhealthy" : "";
        }
        Instant started = instant(startedAt);
        List<HealthStep> steps = new ArrayList<>();
        for (ContainerDetails.Probe p : log) {
            Instant s = instant(p.start());
            Instant e = instant(p.end());
            long duration = s != null && e != null ? Math.max(0, Duration.between(s, e).toNanos()) : -1;
            boolean passed = p.exitCode() == 0;
            boolean counted = true;
            String before = status;
            ProbeFact why;
            if (passed) {
                streak = 0;
                status = "healthy";
                why = new ProbeFact(ProbeFact.Kind.PASSED, 0, 0, retries);
            } else {
                boolean inStart = "starting".equals(status) && started != null && s != null
                        && Duration.between(started, s).toNanos() < startPeriodNanos;
                if (inStart) {
                    counted = false;
                    why = new ProbeFact(ProbeFact.Kind.NOT_COUNTED, p.exitCode(), streak, retries);
                } else {
                    streak++;
                    why = new ProbeFact(ProbeFact.Kind.FAILED, p.exitCode(), streak, retries);
                    if (streak >= retries) {
                        status = "unhealthy";
                    }
                }
            }
            TransitionFact transition = !before.isEmpty() && !before.equals(status) ? new TransitionFact(before, status)
                    : TransitionFact.NONE;
            steps.add(new HealthStep(p.start(), p.end(), duration, p.exitCode(), trim(p.output()), passed, counted,
                    streak, status.isEmpty() ? finalStatus : status, transition, why));
        }
        return steps;
    }

    /** Output kept short: trailing whitespace dropped, at most {@value #OUTPUT_CHARS} characters. */
    public static String trim(String output) {
        String o = output == null ? "" : output.strip();
        return o.length() <= OUTPUT_CHARS ? o : o.substring(0, OUTPUT_CHARS) + "… (" + o.length() + " characters)";
    }

    static Instant instant(String iso) {
        if (iso == null || iso.isEmpty() || iso.startsWith("0001-01-01")) {
            return null;
        }
        try {
            return Instants.parse(iso);
        } catch (RuntimeException e) {
            try {
                return java.time.OffsetDateTime.parse(iso).toInstant();
            } catch (RuntimeException e2) {
                return null;
            }
        }
    }

    /** When the next probe is due: the newest probe's end plus the interval (the start interval while starting). */
    public static String nextDue(List<ContainerDetails.Probe> log, String status, long intervalNanos,
                                 long startIntervalNanos) {
        if (log.isEmpty()) {
            return "";
        }
        Instant end = instant(log.get(log.size() - 1).end());
        if (end == null) {
            return "";
        }
        long wait = "starting".equals(status) && startIntervalNanos > 0 ? startIntervalNanos : intervalNanos;
        return end.plusNanos(wait).toString();
    }
}
