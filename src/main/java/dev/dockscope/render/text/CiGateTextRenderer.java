package dev.dockscope.render.text;

import dev.dockscope.model.ci.CiReport;
import dev.dockscope.model.ci.CiRuleResult;
import dev.dockscope.render.prose.CiProse;

/** The CI gate as text: one line per rule with PASS/FAIL/SKIP, the measured value, the threshold and its source. */
public final class CiGateTextRenderer {
    private final Palette p;
    private final int width;

    public CiGateTextRenderer(Palette palette, int width) {
        this.p = palette;
        this.width = width;
    }

    public String render(CiReport r) {
        Lines out = new Lines(p, width);
        Span verdict = r.pass() ? p.span(Style.GREEN.and(Style.BOLD), "PASS") : p.span(Style.RED.and(Style.BOLD), "FAIL");
        out.add(p.line().heading("CI gate").text("  ").add(Line.of(verdict)).dim("  (pass " + r.passed() + ", fail "
                + r.failed() + ", skip " + r.skipped() + ")").build());
        for (CiRuleResult rule : r.rules()) {
            var line = p.line().text("  ");
            switch (rule.status()) {
                case "PASS" -> line.green("PASS");
                case "FAIL" -> line.red("FAIL");
                default -> line.dim("SKIP");
            }
            line.text("  " + TextWidth.padRight(rule.rule(), 25));
            if (rule.status().equals("SKIP")) {
                line.dim("disabled");
            } else {
                line.text(CiProse.outcome(rule.message()));
            }
            out.add(line.dim("  (" + rule.source() + ")").build());
        }
        return out.toString();
    }
}
