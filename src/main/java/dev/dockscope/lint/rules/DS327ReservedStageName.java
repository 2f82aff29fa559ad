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

/** DS327: stage named scratch or context. */
public final class DS327ReservedStageName implements Rule {
    static final RuleMeta META = new RuleMeta("DS327", Severity.ERROR, "Reserved word used as stage name",
            Family.CORRECTNESS, Concept.MULTI_STAGE,
            "scratch (the empty image) and context (the build context) already have a meaning in FROM and "
                    + "COPY --from; a stage with one of these names is ambiguous.",
            "Choose another stage name.",
            List.of(), List.of("ReservedStageName"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            if ("scratch".equals(s.key()) || "context".equals(s.key())) {
                report.report(s.from(), "'" + s.name() + "' is reserved and cannot name a stage");
            }
        }
    }
}
