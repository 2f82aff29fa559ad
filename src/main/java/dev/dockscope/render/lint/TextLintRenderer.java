package dev.dockscope.render.lint;

import dev.dockscope.analysis.Bytes;
import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RebuildPlan;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.model.text.Plural;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.text.Lines;
import dev.dockscope.render.text.Palette;
import dev.dockscope.render.text.TextWidth;
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
        Lines out = new Lines(width, p.ascii());
        String current = null;
        Set<Concept> concepts = new LinkedHashSet<>();
        for (Finding f : report.findings()) {
            if (!f.file().equals(current)) {
                footers(out, concepts, p);
                current = f.file();
            }
            concepts.add(f.concept());
            String head = Sanitizer.line(f.file()) + ":" + f.line() + ":" + f.column() + "  " + p.bold(f.rule())
                    + "  " + severity(p, f.severity()) + "  ";
            wrap(out, head, Sanitizer.line(f.message()), width, "    ");
            String src = f.sourceLine() == null ? "" : f.sourceLine();
            String gutter = f.line() + " | ";
            out.add("  " + p.dim(gutter) + TextWidth.truncate(src, Math.max(10, width - 2 - gutter.length()),
                    p.ascii()));
            int caretCol = TextWidth.of(src.substring(0, Math.min(src.length(), Math.max(0, f.column() - 1))));
            int room = width - 2 - gutter.length() - 1;
            out.add("  " + " ".repeat(gutter.length() - 2) + p.dim("| ") + " ".repeat(Math.max(0,
                    Math.min(caretCol, room))) + p.red("^"));
            wrap(out, "    " + p.green("fix:") + " ", Sanitizer.line(f.fix()), width, "         ");
            out.blank();
        }
        footers(out, concepts, p);
        out.add(summary(report, p));
        return out.toString();
    }

    private static void footers(Lines out, Set<Concept> concepts, Palette p) {
        for (Concept c : concepts) {
            out.add(p.dim(c.footer(p.ascii())));
        }
        if (!concepts.isEmpty()) {
            out.blank();
        }
        concepts.clear();
    }

    static String summary(LintReport r, Palette p) {
        var s = r.summary();
        String files = s.files() + (s.files() == 1 ? " file" : " files");
        if (s.findings() == 0) {
            return p.green(p.check() + " no findings in " + files);
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
        String verdict = s.failed() ? p.red("failed at --fail-on " + s.failOn())
                : "passed at --fail-on " + s.failOn();
        return s.findings() + (s.findings() == 1 ? " finding" : " findings") + " in " + files + " ("
                + String.join(", ", counts) + ") " + p.dash() + " " + verdict;
    }

    static String severity(Palette p, Severity s) {
        return switch (s) {
            case ERROR -> p.red(s.id());
            case WARNING -> p.yellow(s.id());
            case INFO -> p.blue(s.id());
            case STYLE -> p.dim(s.id());
        };
    }

    /** Adds {@code head + text}, wrapping {@code text} at word boundaries; continuation lines start with indent. */
    static void wrap(Lines out, String head, String text, int width, String indent) {
        List<String> words = List.of(text.split(" "));
        StringBuilder line = new StringBuilder(head);
        int used = TextWidth.of(head);
        boolean first = true;
        for (String w : words) {
            int ww = TextWidth.of(w);
            if (!first && used + 1 + ww > width) {
                out.add(line.toString());
                line = new StringBuilder(indent);
                used = TextWidth.of(indent);
                first = true;
            }
            if (!first) {
                line.append(' ');
                used++;
            }
            line.append(w);
            used += ww;
            first = false;
        }
        out.add(line.toString());
    }

    /** {@code dockscope lint --rules}: one line per rule, a second for hadolint/BuildKit equivalents. */
    public static String renderRules(List<RuleMeta> rules, Palette p, int width) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.bold(TextWidth.padRight("ID", 7) + TextWidth.padRight("SEVERITY", 9) + TextWidth.padRight("FAMILY",
                13) + TextWidth.padRight("CONCEPT", 18) + "TITLE"));
        for (RuleMeta m : rules) {
            out.add(TextWidth.padRight(m.id(), 7) + TextWidth.padRight(m.severity().id(), 9)
                    + TextWidth.padRight(m.family().id(), 13) + TextWidth.padRight(m.concept().slug(), 18)
                    + TextWidth.truncate(m.title(), Math.max(10, width - 47), p.ascii()));
            List<String> eq = new ArrayList<>();
            if (!m.hadolint().isEmpty()) {
                eq.add("hadolint " + String.join(", ", m.hadolint()));
            }
            if (!m.buildkit().isEmpty()) {
                eq.add("buildkit " + String.join(", ", m.buildkit()));
            }
            if (!eq.isEmpty()) {
                out.add(p.dim(" ".repeat(7) + String.join("; ", eq)));
            }
        }
        out.blank();
        out.add(rules.size() + " rules. dockscope lint --explain ID shows a rule's full card.");
        return out.toString();
    }

    /** {@code dockscope lint --explain ID}: the rule's full card. */
    public static String renderExplain(RuleMeta m, Palette p, int width) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading(m.id() + "  " + m.title()));
        out.add(severity(p, m.severity()) + "  " + p.dash() + "  family " + m.family().id() + "  " + p.dash()
                + "  concept " + m.concept().slug());
        out.blank();
        out.add(p.bold("Why"));
        wrap(out, "  ", m.rationale(), width, "  ");
        out.blank();
        out.add(p.bold("Fix"));
        wrap(out, "  ", m.fix(), width, "  ");
        out.blank();
        out.add(p.bold("Equivalents"));
        out.add("  hadolint: " + (m.hadolint().isEmpty() ? "none" : String.join(", ", m.hadolint())));
        out.add("  BuildKit: " + (m.buildkit().isEmpty() ? "none" : String.join(", ", m.buildkit())));
        out.add("  ignore with: # dockscope ignore=" + m.id() + "   or   --ignore " + m.id());
        out.blank();
        out.add(p.dim(m.concept().footer(p.ascii())));
        return out.toString();
    }

    /** {@code dockscope lint --changed}: the steps that lose their cache, then a better order. */
    public static String renderRebuild(RebuildPlan plan, Palette p, int width) {
        Lines out = new Lines(width, p.ascii());
        out.add(p.heading("What rebuilds") + "  " + Sanitizer.line(plan.file()) + p.dim("  changed: "
                + Sanitizer.line(String.join(", ", plan.changed()))));
        for (String i : plan.ignored()) {
            out.add("  " + p.dim("no effect: " + Sanitizer.line(i)));
        }
        String stage = null;
        for (var st : plan.invalidated()) {
            if (!st.stage().equals(stage)) {
                stage = st.stage();
                out.add("  stage " + p.bold(Sanitizer.line(stage)));
            }
            out.add("    " + p.red(p.cross()) + " " + TextWidth.padLeft(Integer.toString(st.line()), 4) + "  "
                    + TextWidth.truncate(Sanitizer.line(st.instruction()), Math.max(10, width - 13), p.ascii()));
        }
        out.add("  " + plan.rebuiltSteps() + " of " + Plural.of(plan.totalSteps(), "step") + " lose"
                + (plan.rebuiltSteps() == 1 ? "s" : "") + " their cache"
                + (plan.rebuiltSteps() == 0 ? " " + p.dash() + " nothing rebuilds." : "."));
        if (plan.image() != null) {
            var img = plan.image();
            out.add("  " + p.bold(Bytes.human(img.rebuiltBytes())) + " of layers in "
                    + Sanitizer.line(img.image()) + " (" + Bytes.human(img.imageBytes())
                    + ") would be rebuilt:");
            for (var sb : img.steps()) {
                out.add("    " + TextWidth.padLeft(Bytes.human(sb.bytes()), 9) + "  line "
                        + sb.line() + "  " + TextWidth.truncate(Sanitizer.line(sb.instruction()), Math.max(10, width - 30), p.ascii()));
            }
            if (img.note() != null) {
                wrap(out, p.dim("note: "), p.dim(Sanitizer.line(img.note())), width, "  ");
            }
        }
        if (plan.reorder() != null) {
            var r = plan.reorder();
            out.blank();
            wrap(out, p.bold("Reorder") + " stage " + Sanitizer.line(r.stage()) + ": ", r.why() + " ("
                    + r.rebuiltSteps() + (r.rebuiltSteps() == 1 ? " step" : " steps") + " of this stage would rebuild):", width, "  ");
            for (String line : r.order()) {
                out.add("    " + TextWidth.truncate(Sanitizer.line(line), Math.max(10, width - 4), p.ascii()));
            }
        }
        out.blank();
        out.add(p.dim(Concept.LAYER_CACHE.footer(p.ascii())));
        return out.toString();
    }
}
