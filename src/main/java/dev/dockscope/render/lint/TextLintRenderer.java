package dev.dockscope.render.lint;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RebuildPlan;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.model.text.Plural;
import dev.dockscope.render.text.Line;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.Span;
import dev.dockscope.render.text.Style;
import dev.dockscope.render.text.TextWidth;
import dev.dockscope.render.text.Wrap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code file:line:col  ID  severity  message}, a two-line code frame with a caret, the fix, the concept footers
 * once per file, and a summary line. Long messages wrap at the width; code lines are cut.
 */
public final class TextLintRenderer implements LintRenderer {

    @Override
    public String render(LintReport report, Palette p, int width) {
        Lines out = new Lines(p, width);
        String current = null;
        Set<Concept> concepts = new LinkedHashSet<>();
        for (Finding f : report.findings()) {
            if (!f.file().equals(current)) {
                footers(out, concepts, p);
                current = f.file();
            }
            concepts.add(f.concept());
            Line head = p.line().text(f.file() + ":" + f.line() + ":" + f.column() + "  ").bold(f.rule()).text("  ")
                    .add(Line.of(severity(p, f.severity()))).text("  ").build();
            out.addAll(Wrap.lines(Line.of(f.message()), width, head, Line.of("    ")));
            String src = f.sourceLine() == null ? "" : f.sourceLine();
            String gutter = f.line() + " | ";
            out.add(p.line().text("  ").dim(gutter).add(cut(p, src, Math.max(10, width - 2 - gutter.length()))).build());
            int caretCol = Span.plain(src.substring(0, Math.min(src.length(), Math.max(0, f.column() - 1)))).width();
            int room = width - 2 - gutter.length() - 1;
            out.add(p.line().text("  " + " ".repeat(gutter.length() - 2)).dim("| ")
                    .text(" ".repeat(Math.max(0, Math.min(caretCol, room)))).red("^").build());
            out.addAll(Wrap.lines(Line.of(f.fix()), width, p.line().text("    ").green("fix:").text(" ").build(),
                    Line.of("         ")));
            out.blank();
        }
        footers(out, concepts, p);
        out.add(summary(report, p));
        return out.toString();
    }

    private static void footers(Lines out, Set<Concept> concepts, Palette p) {
        for (Concept c : concepts) {
            out.add(p.line().dim(c.footer(p.ascii())).build());
        }
        if (!concepts.isEmpty()) {
            out.blank();
        }
        concepts.clear();
    }

    static Line summary(LintReport r, Palette p) {
        var s = r.summary();
        String files = s.files() + (s.files() == 1 ? " file" : " files");
        if (s.findings() == 0) {
            return Line.of(p.span(Style.GREEN, p.check() + " no findings in " + files));
        }
        List<String> counts = new ArrayList<>();
        if (s.errors() > 0) {
            counts.add(s.errors() + " error" + (s.errors() == 1 ? "" : "s"));
        }
        if (s.warnings() > 0) {
            counts.add(s.warnings() + " warning" + (s.warnings() == 1 ? "" : "s"));
        }
        if (s.infos() > 0) {
            counts.add(s.infos() + " info");
        }
        if (s.styles() > 0) {
            counts.add(s.styles() + " style");
        }
        return p.line().text(s.findings() + (s.findings() == 1 ? " finding" : " findings") + " in " + files + " ("
                + String.join(", ", counts) + ") " + p.dash() + " ").add(s.failed() ? Style.RED : Style.PLAIN,
                (s.failed() ? "failed" : "passed") + " at --fail-on " + s.failOn()).build();
    }

    static Span severity(Palette p, Severity s) {
        return p.span(switch (s) {
            case ERROR -> Style.RED;
            case WARNING -> Style.YELLOW;
            case INFO -> Style.BLUE;
            case STYLE -> Style.DIM;
        }, s.id());
    }

    /** {@code s} as one plain line cut to {@code columns} (with an ellipsis). */
    private static Line cut(Palette p, String s, int columns) {
        return Line.of(s).cut(columns, p.ascii() ? "..." : "…");
    }

    /** {@code dockscope lint --rules}: one line per rule, a second for hadolint/BuildKit equivalents. */
    public static String renderRules(List<RuleMeta> rules, Palette p, int width) {
        Lines out = new Lines(p, width);
        out.add(p.line().bold(TextWidth.padRight("ID", 7) + TextWidth.padRight("SEVERITY", 9)
                + TextWidth.padRight("FAMILY", 13) + TextWidth.padRight("CONCEPT", 18) + "TITLE").build());
        for (RuleMeta m : rules) {
            out.add(Line.of(TextWidth.padRight(m.id(), 7) + TextWidth.padRight(m.severity().id(), 9)
                    + TextWidth.padRight(m.family().id(), 13) + TextWidth.padRight(m.concept().slug(), 18))
                    .plus(cut(p, m.title(), Math.max(10, width - 47))));
            List<String> eq = new ArrayList<>();
            if (!m.hadolint().isEmpty()) {
                eq.add("hadolint " + String.join(", ", m.hadolint()));
            }
            if (!m.buildkit().isEmpty()) {
                eq.add("buildkit " + String.join(", ", m.buildkit()));
            }
            if (!eq.isEmpty()) {
                out.add(p.line().dim(" ".repeat(7) + String.join("; ", eq)).build());
            }
        }
        out.blank();
        out.add(Line.of(rules.size() + " rules. dockscope lint --explain ID shows a rule's full card."));
        return out.toString();
    }

    /** {@code dockscope lint --explain ID}: the rule's full card. */
    public static String renderExplain(RuleMeta m, Palette p, int width) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading(m.id() + "  " + m.title()).build());
        out.add(Line.of(severity(p, m.severity())).plus("  " + p.dash() + "  family " + m.family().id() + "  "
                + p.dash() + "  concept " + m.concept().slug()));
        out.blank();
        out.add(p.line().bold("Why").build());
        out.addAll(Wrap.lines(Line.of(m.rationale()), width, Line.of("  "), Line.of("  ")));
        out.blank();
        out.add(p.line().bold("Fix").build());
        out.addAll(Wrap.lines(Line.of(m.fix()), width, Line.of("  "), Line.of("  ")));
        out.blank();
        out.add(p.line().bold("Equivalents").build());
        out.add(Line.of("  hadolint: " + (m.hadolint().isEmpty() ? "none" : String.join(", ", m.hadolint()))));
        out.add(Line.of("  BuildKit: " + (m.buildkit().isEmpty() ? "none" : String.join(", ", m.buildkit()))));
        out.add(Line.of("  ignore with: # dockscope ignore=" + m.id() + "   or   --ignore " + m.id()));
        out.blank();
        out.add(p.line().dim(m.concept().footer(p.ascii())).build());
        return out.toString();
    }

    /** {@code dockscope lint --changed}: the steps that lose their cache, then a better order. */
    public static String renderRebuild(RebuildPlan plan, Palette p, int width) {
        Lines out = new Lines(p, width);
        out.add(p.line().heading("What rebuilds").text("  " + plan.file()).dim("  changed: "
                + String.join(", ", plan.changed())).build());
        for (String i : plan.ignored()) {
            out.add(p.line().text("  ").dim("no effect: " + i).build());
        }
        String stage = null;
        for (var st : plan.invalidated()) {
            if (!st.stage().equals(stage)) {
                stage = st.stage();
                out.add(p.line().text("  stage ").bold(stage).build());
            }
            out.add(p.line().text("    ").red(p.cross()).text(" " + TextWidth.padLeft(Integer.toString(st.line()), 4)
                    + "  ").add(cut(p, st.instruction(), Math.max(10, width - 13))).build());
        }
        out.add(Line.of("  " + plan.rebuiltSteps() + " of " + Plural.of(plan.totalSteps(), "step") + " lose"
                + (plan.rebuiltSteps() == 1 ? "s" : "") + " their cache"
                + (plan.rebuiltSteps() == 0 ? " " + p.dash() + " nothing rebuilds." : ".")));
        if (plan.image() != null) {
            var img = plan.image();
            out.add(p.line().text("  ").bold(Bytes.human(img.rebuiltBytes())).text(" of layers in " + img.image()
                    + " (" + Bytes.human(img.imageBytes()) + ") would be rebuilt:").build());
            for (var sb : img.steps()) {
                out.add(Line.of("    " + TextWidth.padLeft(Bytes.human(sb.bytes()), 9) + "  line " + sb.line() + "  ")
                        .plus(cut(p, sb.instruction(), Math.max(10, width - 30))));
            }
            if (img.note() != null) {
                out.addAll(Wrap.lines(p.dimLine(img.note()), width, p.line().dim("note: ").build(),
                        Line.of("  ")));
            }
        }
        if (plan.reorder() != null) {
            var r = plan.reorder();
            out.blank();
            out.addAll(Wrap.lines(Line.of(r.why() + " (" + r.rebuiltSteps() + (r.rebuiltSteps() == 1 ? " step" : " steps")
                    + " of this stage would rebuild):"), width,
                    p.line().bold("Reorder").text(" stage " + r.stage() + ": ").build(), Line.of("  ")));
            for (String line : r.order()) {
                out.add(Line.of("    ").plus(cut(p, line, Math.max(10, width - 4))));
            }
        }
        out.blank();
        out.add(p.line().dim(Concept.LAYER_CACHE.footer(p.ascii())).build());
        return out.toString();
    }
}
