package dev.dockscope.lint.rules;

import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;

/** Shared logic of the "only the last one counts" rules. */
final class Multiple {
    private Multiple() {
    }

    static void check(LintContext ctx, Reporter report, String keyword) {
        for (Stage s : ctx.df().stages()) {
            Instruction first = null;
            for (Instruction i : ctx.instructions(s, keyword)) {
                if (i.is(keyword)) {
                    if (first != null) {
                        report.report(i, "a second " + keyword + " in this stage: the one on line " + first.line()
                                + " has no effect");
                    }
                    first = first == null ? i : first;
                }
            }
        }
    }
}
