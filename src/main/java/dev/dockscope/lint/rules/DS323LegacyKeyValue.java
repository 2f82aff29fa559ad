package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import java.util.List;

/** DS323: ENV/LABEL in the legacy "key value" form. */
public final class DS323LegacyKeyValue implements Rule {
    static final RuleMeta META = new RuleMeta("DS323", Severity.STYLE, "Legacy ENV/LABEL key value form",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "ENV key value (without =) sets one variable to the whole rest of the line, spaces included. It "
                    + "reads like two words and cannot hold several variables; the builder warns it may go away.",
            "Write ENV KEY=value (quote values with spaces).",
            List.of(), List.of("LegacyKeyValueFormat"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("ENV", "LABEL", "ONBUILD")) {
            Instruction t = i.onbuild() != null ? i.onbuild() : i;
            if ((t.is("ENV") || t.is("LABEL")) && !t.body().isBlank()) {
                String first = t.bodyWords().get(0);
                if (!first.contains("=")) {
                    report.report(t, t.keyword() + " " + first + " ... uses the legacy form: write "
                            + t.keyword() + " " + first + "=...");
                }
            }
        }
    }
}