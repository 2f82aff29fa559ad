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

/** DS306: npm install of named packages without versions. */
public final class DS306NpmUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS306", Severity.INFO, "npm packages without pinned versions",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "npm install name (often -g tools) installs whatever is newest at build time; the lock file does not "
                    + "cover packages named on the command line.",
            "Name a version: npm install -g typescript@5.6.3.",
            List.of("DL3016"), List.of());

    private static final Pattern TARBALL = Pattern.compile(".*\\.(tgz|tar|tar\\.gz)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("npm")) {
            for (Command c : r.unwrapped()) {
                if (c.program().equals("npm") && (c.subcommand().equals("install") || c.subcommand().equals("i")
                        || c.subcommand().equals("add"))) {
                    Pinning.unpinned(ctx, r, c, w -> Pinning.vcs(w) ? !Pinning.vcsPinned(w)
                            : w.lastIndexOf('@') <= 0 && !w.startsWith(".") && !w.startsWith("/")
                            && !w.startsWith("~") && !w.contains("://") && !w.contains("#")
                            && !TARBALL.matcher(w).matches(), report, "npm");
                }
            }
        }
    }
}