package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.List;

/** DS209: three or more RUN instructions in a row. */
public final class DS209ConsecutiveRuns implements Rule {
    static final RuleMeta META = new RuleMeta("DS209", Severity.INFO, "Many consecutive RUN instructions",
            Family.SIZE, Concept.LAYER_CACHE,
            "Each RUN makes a layer. A chain of small RUNs costs a layer each, cannot clean up what an earlier one "
                    + "left, and multiplies the metadata to pull. Steps that always change together belong in one "
                    + "RUN joined with &&.",
            "Merge the consecutive RUNs into one, joined with && (keep separate only steps with very different "
                    + "change rates).",
            List.of("DL3059"), List.of());
    static final int THRESHOLD = 3;

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            Instruction first = null;
            int count = 0;
            for (Instruction i : stage.instructions()) {
                if (i.is("RUN") && i.flags().isEmpty() && i.heredocs().isEmpty()) {
                    first = count == 0 ? i : first;
                    count++;
                    if (count == THRESHOLD) {
                        report.report(first, count + " or more RUN instructions in a row (from line "
                                + first.line() + "): each one adds a layer");
                    }
                } else {
                    count = 0;
                }
            }
        }
    }
}
