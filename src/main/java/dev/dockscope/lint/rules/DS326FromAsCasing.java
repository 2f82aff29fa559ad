package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.List;

/** DS326: FROM and AS in different case. */
public final class DS326FromAsCasing implements Rule {
    static final RuleMeta META = new RuleMeta("DS326", Severity.STYLE, "FROM and AS in different case",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "FROM image as name mixes cases within one instruction; it parses, but looks like a stage called "
                    + "\"as name\" to a quick reader.",
            "Match the case of AS to FROM (FROM x AS y, or from x as y).",
            List.of(), List.of("FromAsCasing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            List<String> w = s.from().words();
            if (w.size() == 3 && w.get(1).equalsIgnoreCase("as")) {
                String f = s.from().written();
                String as = w.get(1);
                if (f.equals("FROM") && !as.equals("AS") || f.equals("from") && !as.equals("as")) {
                    report.report(s.from(), "'" + s.from().written() + "' and '" + as + "' differ in case");
                }
            }
        }
    }
}