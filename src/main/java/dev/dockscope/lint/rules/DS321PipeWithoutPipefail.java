package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** DS321: a pipe in RUN under /bin/sh without pipefail. */
public final class DS321PipeWithoutPipefail implements Rule {
    static final RuleMeta META = new RuleMeta("DS321", Severity.WARNING, "Pipe without pipefail",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "A RUN succeeds when the last command of a pipe succeeds. In curl URL | tar x, a failed download "
                    + "still gives a green build with a broken image, because tar happily reads nothing.",
            "Run the pipe under bash with pipefail: SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before the "
                    + "RUN, or start the script with set -o pipefail &&.",
            List.of("DL4006"), List.of());

    private static final Set<String> POSIX = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh",
            "mksh", "busybox", "env");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            boolean pipefail = false;
            boolean posix = true;
            for (Instruction i : ctx.instructions(s, "SHELL", "RUN")) {
                if (i.is("SHELL")) {
                    pipefail = i.words().contains("pipefail");
                    String sh = i.words().isEmpty() ? "" : i.words().get(0);
                    sh = sh.substring(sh.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                    // PowerShell and cmd.exe have no pipefail: their pipes are not sh pipes
                    posix = POSIX.contains(sh);
                } else if (i.is("RUN") && posix && !pipefail && !i.isExecForm()) {
                    RunScript r = ctx.run(i);
                    if (r.contains("pipefail")) {
                        continue;
                    }
                    for (Command c : r.commands()) {
                        if (c.after().equals("|")) {
                            report.report(r.pos(c), "the exit status of " + c.program() + " in this pipe is lost: "
                                    + "only the last command decides");
                            break;
                        }
                    }
                }
            }
        }
    }
}