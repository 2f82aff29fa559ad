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

/** DS404: sudo in RUN. */
public final class DS404Sudo implements Rule {
    static final RuleMeta META = new RuleMeta("DS404", Severity.WARNING, "sudo in RUN", Family.SECURITY,
            Concept.CONTAINER,
            "RUN already runs as the current USER; sudo adds a setuid binary and its configuration to the image, "
                    + "behaves unpredictably without a terminal, and hints that USER is switched too early.",
            "Run privileged steps before switching USER (or switch to root and back) instead of sudo.",
            List.of("DL3004"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("sudo")) {
            for (Command c : r.commands()) {
                if (c.program().equals("sudo")) {
                    report.report(r.pos(c), "sudo in a Dockerfile: order the USER instructions instead");
                }
            }
        }
    }
}