package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import java.util.List;

/** DS313: more than one CMD in a stage. */
public final class DS313MultipleCmd implements Rule {
    static final RuleMeta META = new RuleMeta("DS313", Severity.WARNING, "More than one CMD in a stage",
            Family.CORRECTNESS, Concept.IMAGE,
            "Only the last CMD of a stage takes effect; earlier ones are silently dropped. Two CMDs usually mean a "
                    + "misunderstanding (expecting both to run) or a leftover.",
            "Keep one CMD per stage; to start several processes use a small init or a script.",
            List.of("DL4003"), List.of("MultipleInstructionsDisallowed"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Multiple.check(ctx, report, "CMD");
    }
}