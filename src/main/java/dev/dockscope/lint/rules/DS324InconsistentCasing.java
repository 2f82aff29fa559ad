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

/** DS324: instruction keywords in mixed case. */
public final class DS324InconsistentCasing implements Rule {
    static final RuleMeta META = new RuleMeta("DS324", Severity.STYLE, "Instruction casing is inconsistent",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "Keywords are case-insensitive, but mixing RUN and run makes a file harder to scan and to grep.",
            "Write every keyword in the same case (upper case is the convention).",
            List.of(), List.of("ConsistentInstructionCasing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        int upper = 0;
        int lower = 0;
        for (Instruction i : ctx.df().instructions()) {
            if (i.upperCase()) {
                upper++;
            } else if (i.lowerCase()) {
                lower++;
            }
        }
        boolean wantUpper = upper >= lower;
        for (Instruction i : ctx.df().instructions()) {
            boolean isUpper = i.upperCase();
            boolean isLower = i.lowerCase();
            if (wantUpper ? !isUpper : !isLower) {
                report.report(i, "'" + i.written() + "' does not match the " + (wantUpper ? "upper" : "lower")
                        + "-case keywords used in the rest of the file");
            }
        }
    }
}