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
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DS341: a stage nothing depends on (and that is not the last). */
public final class DS341UnusedStage implements Rule {
    static final RuleMeta META = new RuleMeta("DS341", Severity.INFO, "Stage never used", Family.CORRECTNESS,
            Concept.MULTI_STAGE,
            "BuildKit builds only the stages the target needs. A stage that no FROM or COPY --from refers to is "
                    + "skipped by a normal build: its steps are dead code unless you build it with --target.",
            "Remove the stage, or reference it (COPY --from=name) where its output is needed.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        var stages = ctx.df().stages();
        Set<Integer> used = new HashSet<>();
        for (Stage s : stages) {
            Stage base = ctx.df().stage(s.image());
            if (base != null) {
                used.add(base.index());
            }
        }
        for (Instruction i : ctx.df().instructions()) {
            String from = i.flagValue("from");
            Stage t = (i.is("COPY") || i.is("RUN")) && from != null ? ctx.df().stage(from) : null;
            if (t != null) {
                used.add(t.index());
            }
            for (var m : i.flags("mount")) {
                Stage ms = ctx.df().stage(m.options().get("from"));
                if (ms != null) {
                    used.add(ms.index());
                }
            }
        }
        for (int k = 0; k < stages.size() - 1; k++) {
            if (!used.contains(k)) {
                report.report(stages.get(k).from(), "stage " + stages.get(k).label() + " is not used by any later "
                        + "stage: a normal build skips it");
            }
        }
    }
}