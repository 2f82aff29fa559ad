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

/** DS307: gem install without versions. */
public final class DS307GemUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS307", Severity.INFO, "gems without pinned versions",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "gem install name takes the newest release at build time, so rebuilds drift.",
            "Pin with name:version (gem install rails:7.1.3) or -v, or install through a locked Gemfile.",
            List.of("DL3028"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("gem")) {
            for (Command c : r.unwrapped()) {
                if ((c.is("gem", "install") || c.is("gem", "i")) && !c.has("-v") && !c.hasPrefix("--version") && !c.has("-g")
                        && !c.hasPrefix("--file")) {
                    Pinning.unpinned(ctx, r, c, w -> !w.contains(":") && !w.endsWith(".gem"), report, "gem");
                }
            }
        }
    }
}