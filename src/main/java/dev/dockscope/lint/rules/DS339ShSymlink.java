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

/** DS339: replacing /bin/sh with a symlink. */
public final class DS339ShSymlink implements Rule {
    static final RuleMeta META = new RuleMeta("DS339", Severity.WARNING, "/bin/sh replaced with a symlink",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "Relinking /bin/sh to bash changes the shell for every script in the image, including the "
                    + "distribution's own maintainer scripts, to get bash features in RUN.",
            "Use SHELL [\"/bin/bash\", \"-c\"] to change the shell of RUN instead.",
            List.of("DL4005"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("ln")) {
            for (Command c : r.unwrapped()) {
                if (c.program().equals("ln") && c.args().stream().anyMatch(a -> a.equals("/bin/sh"))) {
                    report.report(r.pos(c), "ln over /bin/sh changes the shell of the whole image: use SHELL");
                }
            }
        }
    }
}