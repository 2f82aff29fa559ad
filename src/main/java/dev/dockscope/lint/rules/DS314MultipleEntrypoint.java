package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import java.util.List;

/** DS314: more than one ENTRYPOINT in a stage. */
public final class DS314MultipleEntrypoint implements Rule {
    static final RuleMeta META = new RuleMeta("DS314", Severity.WARNING, "More than one ENTRYPOINT in a stage",
            Family.CORRECTNESS, Concept.IMAGE,
            "Only the last ENTRYPOINT of a stage counts; the others do nothing but mislead the reader.",
            "Keep one ENTRYPOINT per stage.",
            List.of("DL4004"), List.of("MultipleInstructionsDisallowed"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Multiple.check(ctx, report, "ENTRYPOINT");
    }
}