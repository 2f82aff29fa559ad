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

/** DS329: FROM --platform=$TARGETPLATFORM. */
public final class DS329RedundantTargetPlatform implements Rule {
    static final RuleMeta META = new RuleMeta("DS329", Severity.STYLE, "FROM --platform=$TARGETPLATFORM is redundant",
            Family.CORRECTNESS, Concept.MULTI_STAGE,
            "Stages are built for the target platform by default; saying so again adds noise and suggests the "
                    + "flag does something.",
            "Drop the --platform flag.",
            List.of(), List.of("RedundantTargetPlatform"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            var f = s.from().flag("platform");
            if (f != null && f.value() != null && f.value().replace("{", "").replace("}", "")
                    .equals("$TARGETPLATFORM")) {
                report.report(f.pos(), "--platform=" + f.value() + " is the default and can go");
            }
        }
    }
}