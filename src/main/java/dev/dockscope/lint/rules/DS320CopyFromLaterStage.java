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

/** DS320: COPY --from refers to its own stage or a later one. */
public final class DS320CopyFromLaterStage implements Rule {
    static final RuleMeta META = new RuleMeta("DS320", Severity.ERROR, "COPY --from its own or a later stage",
            Family.CORRECTNESS, Concept.MULTI_STAGE,
            "A stage can only copy from stages defined above it. Referring to itself or a later stage is a cycle "
                    + "the builder cannot resolve.",
            "Copy from an earlier stage, or move the stage you copy from above this one.",
            List.of("DL3023", "DL3022"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("COPY")) {
            String from = i.is("COPY") ? i.flagValue("from") : null;
            Stage target = from == null ? null : ctx.df().stage(from);
            if (target != null && i.stage() >= 0 && target.index() >= i.stage()) {
                report.report(i.flag("from").pos(), "--from=" + from + " refers to "
                        + (target.index() == i.stage() ? "its own stage" : "a later stage (line "
                        + target.from().line() + ")"));
            }
        }
    }
}