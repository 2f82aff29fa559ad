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

/** DS334: apt-get upgrade / dist-upgrade in a Dockerfile. */
public final class DS334AptGetUpgrade implements Rule {
    static final RuleMeta META = new RuleMeta("DS334", Severity.INFO, "Distribution upgrade inside the build",
            Family.CORRECTNESS, Concept.IMAGE,
            "Upgrading every package at build time makes the image depend on the day it was built, duplicates "
                    + "much of the base layer, and hides that the base image itself is out of date.",
            "Use a newer base image tag instead, and install only the packages you need.",
            List.of("DL3005"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apt-get", "apt", "apk", "yum", "dnf")) {
            for (Command c : r.unwrapped()) {
                String p = c.program();
                String sub = c.subcommand();
                if ((p.equals("apt-get") || p.equals("apt")) && (sub.equals("upgrade") || sub.equals("dist-upgrade")
                        || sub.equals("full-upgrade")) || p.equals("apk") && sub.equals("upgrade")
                        || (p.equals("yum") || p.equals("dnf")) && sub.equals("upgrade")) {
                    report.report(r.pos(c), p + " " + sub + " upgrades the whole base image at build time");
                }
            }
        }
    }
}