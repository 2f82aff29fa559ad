package dev.dockscope.render.text;

import dev.dockscope.analysis.Durations;
import dev.dockscope.concepts.Concept;
import dev.dockscope.model.container.ContainerDetails;
import dev.dockscope.model.container.HealthAdviceFacts.EffectFact;
import dev.dockscope.model.container.HealthList;
import dev.dockscope.model.container.HealthReport;
import dev.dockscope.model.container.HealthStep;
import dev.dockscope.model.text.Plural;
import dev.dockscope.render.prose.HealthProse;
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
        Lines out = new Lines(p, width);
        out.add(p.line().heading("HEALTH CHECKS").text("  ").dim(list.checks().size() + " container"
                + (list.checks().size() == 1 ? "" : "s") + " with a check, " + list.withoutCheck() + " without").build());
        if (list.checks().isEmpty()) {
            out.add(Line.of("  No container has a health check. dockscope health NAME suggests one."));
        }
        int nameW = Math.min(28, Math.max(4, list.checks().stream().mapToInt(r -> Span.plain(r.name()).width()).max()
                .orElse(4)));
        for (HealthList.Row r : list.checks()) {
            String streak = r.failingStreak() > 0 ? "failing " + r.failingStreak() + "/" + r.retries() : "";
            String state = r.state().equals("running") ? "" : "(" + r.state() + ") ";
            String last = r.lastProbe().isEmpty() ? "no probe yet" : "last probe " + Durations.age(r.lastProbe(), now)
                    + " ago" + (r.lastOutput().isEmpty() ? "" : ": " + r.lastOutput());
            out.add(Line.of("  ").plus(p.line().bold(r.name()).build().cut(nameW, ellipsis()).padRight(nameW))
                    .plus("  ").plus(Line.of(status(r.status())).padRight(10))
                    .plus(" " + state + (streak.isEmpty() ? "" : streak + "  ")).plus(p.span(Style.DIM, last)));
        }
        if (!list.withoutCheckNames().isEmpty()) {
            out.addAll(Wrap.hanging(p.line().text("  ").dim("without: ").build(),
                    p.dimLine(String.join(", ", list.withoutCheckNames())), width));
        }
        out.blank();
        out.add(p.line().dim("dockscope health NAME shows a check's probes and its transitions.").build());
        out.add(p.line().dim(Concept.HEALTH_CHECK.footer(p.ascii())).build());
        return out.toString();
    }

    private String ellipsis() {
        return p.ascii() ? "..." : "…";
    }

    private Span status(String s) {
        return p.span(switch (s) {
            case "healthy" -> Style.GREEN;
            case "unhealthy" -> Style.RED;
            case "starting" -> Style.YELLOW;
            default -> Style.PLAIN;
        }, s);
    }

    public String render(HealthReport r) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("HEALTH " + r.name()).text("  ").dim(ContainerDetails.shortId(r.id()) + ", "
                + r.state()).build());
        if (!r.configured()) {
            wrap(out, "  ", Style.PLAIN, HealthProse.check(r.explanation()));
            out.add(Line.of("  A check that would fit:"));
            wrap(out, "    ", Style.BOLD, HealthProse.suggestion(r.suggestion()));
            wrap(out, "  ", Style.DIM, "(in the Dockerfile, or at run time with docker run --health-cmd,"
                    + " --health-interval and --health-retries; a probe on a file means the app touches it when ready)");
            whatItDoes(out, r);
            out.add(p.line().dim(Concept.HEALTH_CHECK.footer(p.ascii())).build());
            return out.toString();
        }
        field(out, "status", Line.of(status(r.status())).plus(r.failingStreak() > 0 ? ", failing streak "
                + r.failingStreak() + " of " + r.retries() : ""));
        field(out, "test", Line.of(testLine(r)));
        field(out, "from", Line.of(r.source()));
        field(out, "interval", Line.of(Durations.human(r.intervalNanos()) + "   timeout "
                + Durations.human(r.timeoutNanos()) + "   retries " + r.retries() + "   start period "
                + Durations.human(r.startPeriodNanos())
                + (r.startIntervalNanos() > 0 ? "   start interval " + Durations.human(r.startIntervalNanos()) : "")));
        wrap(out, "  ", Style.DIM, HealthProse.check(r.explanation()));
        out.blank();
        out.add(p.line().heading("TIMELINE").text("  ").dim(r.timeline().size() + " recorded probe"
                + (r.timeline().size() == 1 ? "" : "s") + (r.logComplete() ? "" : ", the daemon keeps the last 5"))
                .build());
        if (r.timeline().isEmpty()) {
            out.add(Line.of("  no probe has run yet"));
        }
        for (HealthStep s : r.timeline()) {
            Span mark = s.passed() ? p.span(Style.GREEN, p.check()) : p.span(s.counted() ? Style.RED : Style.DIM,
                    p.cross());
            String dur = s.durationNanos() < 0 ? "?" : Durations.human(s.durationNanos());
            out.add(p.line().text("  ").add(Line.of(mark)).text(" " + ContainerTextRenderer.time(s.start()))
                    .dim("  " + dur + "  ").text(HealthProse.probe(s.why())).text(s.transition().changed() ? "  " : "")
                    .bold(HealthProse.transition(s.transition())).build());
            if (!s.output().isEmpty()) {
                String first = s.output().lines().findFirst().orElse("");
                int more = (int) s.output().lines().count() - 1;
                Line shown = p.dimLine(first).cut(Math.max(10, width - 6), ellipsis());
                if (more > 0) {
                    shown = shown.plus(p.span(Style.DIM, " (+" + Plural.of(more, "line") + ")"));
                }
                out.addAll(Wrap.hanging(Line.of("      "), shown, width));
            }
        }
        if (!r.nextProbeDue().isEmpty()) {
            out.add(p.line().text("  ").dim("next probe due about " + ContainerTextRenderer.time(r.nextProbeDue()))
                    .build());
        }
        whatItDoes(out, r);
        out.add(p.line().dim(Concept.HEALTH_CHECK.footer(p.ascii())).build());
        return out.toString();
    }

    private void whatItDoes(Lines out, HealthReport r) {
        out.blank();
        out.add(p.line().heading("WHAT UNHEALTHY MEANS").build());
        for (EffectFact s : r.whatItDoes()) {
            wrap(out, "  " + p.bullet() + " ", Style.PLAIN, HealthProse.effect(s));
        }
    }

    private void wrap(Lines out, String first, Style style, String text) {
        out.addAll(Wrap.hanging(Line.of(first), Line.of(p.span(style, text)), width));
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

    private void field(Lines out, String label, Line value) {
        out.addAll(Wrap.hanging(p.line().text("  ").bold(TextWidth.padRight(label, LABEL)).build(), value, width));
    }
}
