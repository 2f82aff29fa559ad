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

/** DS206: apt-get install without --no-install-recommends. */
public final class DS206NoInstallRecommends implements Rule {
    static final RuleMeta META = new RuleMeta("DS206", Severity.INFO, "apt-get install pulls recommended packages",
            Family.SIZE, Concept.IMAGE,
            "By default apt also installs every package the requested ones merely recommend: documentation, "
                    + "extra tools, sometimes a whole X11 stack. They make the image larger and widen its attack "
                    + "surface without being needed.",
            "Add --no-install-recommends and name the few extra packages you really use.",
            List.of("DL3015"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apt-get")) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                if (c.is("apt-get", "install") && !c.has("--no-install-recommends")
                        && !c.hasPrefix("-oAPT::Install-Recommends") && !c.hasPrefix("APT::Install-Recommends")
                        && !r.contains("Install-Recommends")) {
                    report.report(r.pos(c), "apt-get install without --no-install-recommends");
                }
            }
        }
    }
}
