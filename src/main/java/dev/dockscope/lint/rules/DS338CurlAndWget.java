package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
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
        // one pass over the RUNs, per stage its first curl and first wget (not one pass over every RUN per stage)
        int n = ctx.df().stages().size();
        boolean[] curl = new boolean[n];
        Command[] wget = new Command[n];
        RunScript[] at = new RunScript[n];
        for (RunScript r : ctx.runs()) {
            int s = r.instruction().stage();
            if (s < 0 || s >= n) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                if (c.program().equals("curl")) {
                    curl[s] = true;
                } else if (c.program().equals("wget") && wget[s] == null) {
                    wget[s] = c;
                    at[s] = r;
                }
            }
        }
        for (int s = 0; s < n; s++) {
            if (curl[s] && wget[s] != null) {
                report.report(at[s].pos(wget[s]), "this stage uses both curl and wget");
            }
        }
    }
}
