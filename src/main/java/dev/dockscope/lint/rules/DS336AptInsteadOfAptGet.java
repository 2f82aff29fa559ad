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

/** DS336: apt (the interactive front end) in a script. */
public final class DS336AptInsteadOfAptGet implements Rule {
    static final RuleMeta META = new RuleMeta("DS336", Severity.WARNING, "apt used instead of apt-get",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "apt is meant for people at a terminal: its output and behaviour may change between releases and it "
                    + "warns that its interface is not stable for scripts.",
            "Use apt-get (or apt-cache) in Dockerfiles.",
            List.of("DL3027"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apt")) {
            for (Command c : r.unwrapped()) {
                if (c.program().equals("apt") && !c.subcommand().isEmpty()) {
                    report.report(r.pos(c), "apt " + c.subcommand() + ": use apt-get in scripts");
                }
            }
        }
    }
}