package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import java.util.List;

/** DS315: more than one HEALTHCHECK in a stage. */
public final class DS315MultipleHealthcheck implements Rule {
    static final RuleMeta META = new RuleMeta("DS315", Severity.WARNING, "More than one HEALTHCHECK in a stage",
            Family.CORRECTNESS, Concept.HEALTH_CHECK,
            "An image has one health check; only the last HEALTHCHECK of a stage is kept, so the first probe you "
                    + "wrote never runs.",
            "Keep one HEALTHCHECK per stage and make its command check everything that matters.",
            List.of("DL3012"), List.of("MultipleInstructionsDisallowed"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Multiple.check(ctx, report, "HEALTHCHECK");
    }
}