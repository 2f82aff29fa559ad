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

/** DS337: package install that would wait for a confirmation. */
public final class DS337MissingYes implements Rule {
    static final RuleMeta META = new RuleMeta("DS337", Severity.WARNING, "Package install without -y",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "Builds have no terminal to answer \"Do you want to continue?\". Without -y the install aborts, or "
                    + "works only by accident of the package set.",
            "Add -y (zypper: -n / --non-interactive).",
            List.of("DL3014", "DL3030", "DL3038", "DL3034"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            for (Command c : r.unwrapped()) {
                String p = c.program();
                boolean install = c.subcommand().equals("install") || c.subcommand().equals("in");
                if (!install || r.script().contains("APT::Get::Assume-Yes") || c.hasPrefix("--assume-yes")
                        || c.has("-yq") || c.has("-qy") || c.hasPrefix("--yes")) {
                    continue;
                }
                boolean bad = (p.equals("apt-get") || p.equals("yum") || p.equals("dnf")) && !c.has("-y")
                        && !c.hasPrefix("-y") && !c.words().stream().anyMatch(w -> w.text().matches("-[a-z]*y[a-z]*"))
                        || p.equals("zypper") && !c.has("-n") && !c.has("--non-interactive") && !c.has("-y");
                if (bad) {
                    report.report(r.pos(c), p + " install without -y waits for a confirmation the build cannot give");
                }
            }
        }
    }
}