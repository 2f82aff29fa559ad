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

/** DS309: cd in RUN to set the directory for later steps. */
public final class DS309CdInsteadOfWorkdir implements Rule {
    static final RuleMeta META = new RuleMeta("DS309", Severity.INFO, "cd used instead of WORKDIR",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "A cd in RUN lasts only until the end of that RUN; the next instruction starts in the WORKDIR again. "
                    + "Scripts that rely on cd are harder to read and break when steps are split or reordered.",
            "Use WORKDIR /path for the directory, or a subshell (cd dir && make) only inside one RUN on purpose.",
            List.of("DL3003"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("cd")) {
            List<Command> cs = r.unwrapped();
            for (int k = 0; k < cs.size(); k++) {
                Command c = cs.get(k);
                if (c.program().equals("cd") && !c.args().isEmpty() && c.args().get(0).startsWith("/")
                        && k == 0) {
                    report.report(r.pos(c), "cd " + c.args().get(0) + " only lasts for this RUN: use WORKDIR");
                }
            }
        }
    }
}