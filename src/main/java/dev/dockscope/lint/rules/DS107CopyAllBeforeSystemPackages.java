package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.util.List;

/**
 * DS107: the whole context copied before a package install that reads nothing from it: system packages
 * (apt-get/apk/dnf) or language packages named on the command line ({@code pip install flask}, {@code npm i -g}).
 */
public final class DS107CopyAllBeforeSystemPackages implements Rule {
    static final RuleMeta META = new RuleMeta("DS107", Severity.WARNING,
            "Sources copied before the system package install", Family.CACHE, Concept.LAYER_CACHE,
            "System packages rarely change, sources change all the time. With the sources copied first, every "
                    + "code edit re-runs apt-get/apk/dnf install below it (or a pip/npm/gem install of named "
                    + "packages), re-downloading the same packages.",
            "Install system packages right after FROM, and copy the sources after that.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            if (!ctx.feedsFinal(stage)) {
                continue;
            }
            Instruction copyAll = null;
            for (Instruction i : ctx.instructions(stage, "COPY", "ADD", "RUN")) {
                if (copyAll == null) {
                    copyAll = LintContext.copiesWholeContext(i) ? i : null;
                    continue;
                }
                if (i.is("RUN")) {
                    for (Command c : ctx.run(i).unwrapped()) {
                        if (Commands.systemInstall(c)) {
                            report.report(copyAll, copyAll.written() + " " + copyAll.body()
                                    + " comes before the package install on line " + i.line()
                                    + ": every source edit reinstalls the system packages");
                            return;
                        }
                        if (Commands.namedPackageInstall(c)) {
                            report.report(copyAll.pos(), copyAll.written() + " " + copyAll.body()
                                    + " comes before the " + c.program() + " install of named packages on line "
                                    + i.line() + ", which reads nothing from the sources: every source edit "
                                    + "reinstalls them", "Run the " + c.program() + " install before "
                                    + copyAll.written() + " " + copyAll.body() + ".");
                            return;
                        }
                    }
                }
            }
        }
    }
}
