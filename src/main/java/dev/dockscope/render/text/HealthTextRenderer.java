package dev.dockscope.render.text;

import dev.dockscope.analysis.Durations;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.HealthList;
import dev.dockscope.model.container.HealthReport;
import dev.dockscope.model.container.HealthStep;
import dev.dockscope.model.text.Plural;
import java.time.Instant;

/** {@code dockscope health}: the list of checks, and one check with its timeline. */
public final class HealthTextRenderer {
    private static final int LABEL = 13;
    private final Palette p;
    private final int width;
    private final Instant now;

    public HealthTextRenderer(Palette palette, int width, Instant now) {
        this.p = palette;
        this.width = width;
        this.now = now;
    }

    public String renderList(HealthList list) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("HEALTH CHECKS") + "  " + p.dim(list.checks().size() + " container"
                + (list.checks().size() == 1 ? "" : "s") + " with a check, " + list.withoutCheck() + " without"));
        if (list.checks().isEmpty()) {
            out.add("  No container has a health check. dockscope health NAME suggests one.");
        }
        int nameW = Math.min(28, Math.max(4, list.checks().stream().mapToInt(r -> TextWidth.of(r.name())).max().orElse(4)));
        for (HealthList.Row r : list.checks()) {
            String st = status(r.status());
            String streak = r.failingStreak() > 0 ? "failing " + r.failingStreak() + "/" + r.retries() : "";
            String state = r.state().equals("running") ? "" : "(" + r.state() + ") ";
            String last = r.lastProbe().isEmpty() ? "no probe yet" : "last probe " + Durations.age(r.lastProbe(), now)
                    + " ago" + (r.lastOutput().isEmpty() ? "" : ": " + r.lastOutput());
            out.add("  " + TextWidth.padRight(p.bold(TextWidth.truncate(r.name(), nameW, p.ascii())), nameW) + "  "
                    + TextWidth.padRight(st, 10) + " " + state + (streak.isEmpty() ? "" : streak + "  ") + p.dim(last));
        }
        if (!list.withoutCheckNames().isEmpty()) {
            out.add(Wrap.hanging("  " + p.dim("without: "), p.dim(String.join(", ", list.withoutCheckNames())), width));
        }
        out.blank();
        out.add(p.dim("dockscope health NAME shows a check's probes and its transitions."));
        out.add(p.dim(Concept.HEALTH_CHECK.footer(p.ascii())));
        return out.toString();
    }

    private String status(String s) {
        return switch (s) {
            case "healthy" -> p.green(s);
            case "unhealthy" -> p.red(s);
            case "starting" -> p.yellow(s);
            default -> s;
        };
    }

    public String render(HealthReport r) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("HEALTH " + r.name()) + "  " + p.dim(ContainerDetails.shortId(r.id()) + ", " + r.state()));
        if (!r.configured()) {
            out.add(Wrap.hanging("  ", r.explanation(), width));
            out.add("  A check that would fit:");
            out.add(Wrap.hanging("    ", p.bold(r.suggestion()), width));
            out.add(Wrap.hanging("  ", p.dim("(in the Dockerfile, or at run time with docker run --health-cmd,"
                    + " --health-interval and --health-retries; a probe on a file means the app touches it when ready)"),
                    width));
            whatItDoes(out, r);
            out.add(p.dim(Concept.HEALTH_CHECK.footer(p.ascii())));
            return out.toString();
        }
        field(out, "status", status(r.status()) + (r.failingStreak() > 0 ? ", failing streak " + r.failingStreak()
                + " of " + r.retries() : ""));
        field(out, "test", testLine(r));
        field(out, "from", r.source());
        field(out, "interval", Durations.human(r.intervalNanos()) + "   timeout " + Durations.human(r.timeoutNanos())
                + "   retries " + r.retries() + "   start period " + Durations.human(r.startPeriodNanos())
                + (r.startIntervalNanos() > 0 ? "   start interval " + Durations.human(r.startIntervalNanos()) : ""));
        out.add(Wrap.hanging("  ", p.dim(r.explanation()), width));
        out.blank();
        out.add(p.heading("TIMELINE") + "  " + p.dim(r.timeline().size() + " recorded probe"
                + (r.timeline().size() == 1 ? "" : "s") + (r.logComplete() ? "" : ", the daemon keeps the last 5")));
        if (r.timeline().isEmpty()) {
            out.add("  no probe has run yet");
        }
        for (HealthStep s : r.timeline()) {
            String mark = s.passed() ? p.green(p.check()) : s.counted() ? p.red(p.cross()) : p.dim(p.cross());
            String dur = s.durationNanos() < 0 ? "?" : Durations.human(s.durationNanos());
            out.add("  " + mark + " " + ContainerTextRenderer.time(s.start()) + p.dim("  " + dur + "  ") + s.why()
                    + (s.transition().isEmpty() ? "" : "  " + p.bold(s.transition())));
            if (!s.output().isEmpty()) {
                String first = s.output().lines().findFirst().orElse("");
                int more = (int) s.output().lines().count() - 1;
                out.add(Wrap.hanging("      ", p.dim(TextWidth.truncate(first, Math.max(10, width - 6), p.ascii())
                        + (more > 0 ? " (+" + Plural.of(more, "line") + ")" : "")), width));
            }
        }
        if (!r.nextProbeDue().isEmpty()) {
            out.add("  " + p.dim("next probe due about " + ContainerTextRenderer.time(r.nextProbeDue())));
        }
        whatItDoes(out, r);
        out.add(p.dim(Concept.HEALTH_CHECK.footer(p.ascii())));
        return out.toString();
    }

    private void whatItDoes(Lines out, HealthReport r) {
        out.blank();
        out.add(p.heading("WHAT UNHEALTHY MEANS"));
        for (String s : r.whatItDoes()) {
            out.add(Wrap.hanging("  " + p.bullet() + " ", s, width));
        }
    }

    private static String testLine(HealthReport r) {
        if (r.test().isEmpty()) {
            return "";
        }
        String kind = r.test().get(0);
        String rest = String.join(" ", r.test().subList(1, r.test().size()));
        return switch (kind) {
            case "CMD-SHELL" -> rest + "   (shell form, run by /bin/sh -c)";
            case "CMD" -> rest + "   (exec form)";
            default -> String.join(" ", r.test());
        };
    }

    private void field(Lines out, String label, String value) {
        out.add(Wrap.hanging("  " + p.bold(TextWidth.padRight(label, LABEL)), value, width));
    }
}
