package dev.dockscope.render.text;

import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.ci.CiRuleResult;
import dev.dockscope.model.text.Sanitizer;

/** The CI gate as text: one line per rule with PASS/FAIL/SKIP, the measured value, the threshold and its source. */
public final class CiGateTextRenderer {
    private final Palette p;
    private final int width;

    public CiGateTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(CiReport r) {
        Lines out = new Lines(width, p.ascii());
        String verdict = r.pass() ? p.green(p.bold("PASS")) : p.red(p.bold("FAIL"));
        out.add(p.heading("CI gate") + "  " + verdict + p.dim("  (pass " + r.passed() + ", fail " + r.failed()
                + ", skip " + r.skipped() + ")"));
        for (CiRuleResult rule : r.rules()) {
            String status = switch (rule.status()) {
                case "PASS" -> p.green("PASS");
                case "FAIL" -> p.red("FAIL");
                default -> p.dim("SKIP");
            };
            String detail = rule.status().equals("SKIP") ? p.dim("disabled") : Sanitizer.line(rule.message()
                    .substring(rule.rule().length()).strip());
            out.add("  " + status + "  " + TextWidth.padRight(rule.rule(), 25) + detail
                    + p.dim("  (" + Sanitizer.line(rule.source()) + ")"));
        }
        return out.toString();
    }
}
