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

/** DS308: yum/dnf/microdnf/zypper install without versions. */
public final class DS308RpmUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS308", Severity.INFO, "yum/dnf/zypper packages without pinned "
            + "versions", Family.CORRECTNESS, Concept.DOCKERFILE,
            "Installing a package by name alone takes the newest version in the repositories at build time, so the "
                    + "image changes between builds of the same Dockerfile.",
            "Pin versions: dnf install -y httpd-2.4.57 (zypper: httpd=2.4.57).",
            List.of("DL3033", "DL3041", "DL3037"), List.of());

    private static final Pattern VERSIONED = Pattern.compile(".*([-=:][0-9]|[<>]).*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("yum", "dnf", "microdnf", "zypper")) {
            for (Command c : r.unwrapped()) {
                String p = c.program();
                if ((p.equals("yum") || p.equals("dnf") || p.equals("microdnf") || p.equals("zypper"))
                        && (c.subcommand().equals("install") || c.subcommand().equals("in")
                        || c.subcommand().equals("module") && c.operands().stream().findFirst()
                        .map(w -> w.text().equals("install")).orElse(false))) {
                    Pinning.unpinned(ctx, r, c, w -> !VERSIONED.matcher(w).matches() && !w.endsWith(".rpm")
                            && !w.startsWith("@"), report, p, c.subcommand().equals("module") ? 2 : 1);
                }
            }
        }
    }
}