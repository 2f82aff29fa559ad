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
import java.util.regex.Pattern;

/** DS305: pip install of named packages without versions. */
public final class DS305PipUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS305", Severity.INFO, "pip packages without pinned versions",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "pip install name resolves to the newest release on each build, so a rebuild can silently pick up a "
                    + "new major version of a dependency.",
            "Pin versions (pip install flask==3.0.3) or install from a locked requirements file.",
            List.of("DL3013"), List.of());

    private static final Pattern VERSIONED = Pattern.compile(
            ".*(==|>=|<=|~=|!=|<|>|@).*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            for (Command c : r.unwrapped()) {
                boolean module = Commands.versioned(c.program(), "python") && c.args().size() >= 3
                        && c.args().get(0).equals("-m") && c.args().get(1).equals("pip");
                boolean pip = (Commands.versioned(c.program(), "pip") || c.program().equals("pipx"))
                        && c.subcommand().equals("install")
                        || module && c.args().get(2).equals("install");
                if (pip && !c.hasPrefix("-r") && !c.has("--requirement") && !c.hasPrefix("-c")
                        && !c.hasPrefix("--constraint")) {
                    Pinning.unpinned(ctx, r, c, w -> Pinning.vcs(w) ? !Pinning.vcsPinned(w)
                            : !VERSIONED.matcher(w).matches() && !w.startsWith(".")
                            && !w.contains("/") && !w.endsWith(".whl") && !w.endsWith(".tar.gz")
                            && !w.contains("://") && !w.equals("pip") && !w.equals("-m"), report, "pip",
                            module ? 2 : 1);
                }
            }
        }
    }
}