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

/** DS303: apt-get install without versions. */
public final class DS303AptUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS303", Severity.INFO, "apt packages without pinned versions",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "apt-get install name takes whatever version the mirror has on the day of the build, so the same "
                    + "Dockerfile builds different images over time and a rebuild can pull a breaking change.",
            "Pin versions: apt-get install -y curl=7.88.1-10+deb12u5 (or accept the drift knowingly and ignore "
                    + "this rule).",
            List.of("DL3008"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apt-get", "apt")) {
            for (Command c : r.unwrapped()) {
                if ((c.program().equals("apt-get") || c.program().equals("apt")) && c.subcommand().equals("install")) {
                    Pinning.unpinned(ctx, r, c, w -> !w.contains("=") && !w.endsWith(".deb"), report, "apt");
                }
            }
        }
    }
}