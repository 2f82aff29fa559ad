package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.List;

/** DS338: both curl and wget used. */
public final class DS338CurlAndWget implements Rule {
    static final RuleMeta META = new RuleMeta("DS338", Severity.STYLE, "Both curl and wget used",
            Family.CORRECTNESS, Concept.IMAGE,
            "Two download tools do the same job; needing both usually means installing one of them only for a "
                    + "single command.",
            "Pick one of curl or wget for every download.",
            List.of("DL4001"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            Command curl = null;
            RunScript at = null;
            Command wget = null;
            for (RunScript r : ctx.runs()) {
                if (r.instruction().stage() != s.index()) {
                    continue;
                }
                for (Command c : r.unwrapped()) {
                    if (c.program().equals("curl") && curl == null) {
                        curl = c;
                    } else if (c.program().equals("wget") && wget == null) {
                        wget = c;
                        at = r;
                    }
                }
            }
            if (curl != null && wget != null) {
                report.report(at.pos(wget), "this stage uses both curl and wget");
            }
        }
    }
}