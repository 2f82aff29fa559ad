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

/** DS305: pip install of named packages without versions. */
public final class DS305PipUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS305", Severity.INFO, "pip packages without pinned versions",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "pip install name resolves to the newest release on each build, so a rebuild can silently pick up a "
                    + "new major version of a dependency.",
            "Pin versions (pip install flask==3.0.3) or install from a locked requirements file.",
            List.of("DL3013"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            for (Command c : r.unwrapped()) {
                if (c.program().startsWith("pip") && c.subcommand().equals("install") && !c.hasPrefix("-r")
                        && !c.has("--requirement") && !c.hasPrefix("-c")) {
                    Pinning.unpinned(r, c, w -> !w.matches(".*(==|>=|<=|~=|!=|<|>|@).*") && !w.startsWith(".")
                            && !w.startsWith("/") && !w.endsWith(".whl") && !w.endsWith(".tar.gz")
                            && !w.contains("://") && !w.equals("pip"), report, "pip");
                }
            }
        }
    }
}