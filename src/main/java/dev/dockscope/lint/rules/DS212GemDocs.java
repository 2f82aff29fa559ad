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

/** DS212: gem install builds documentation nobody reads in a container. */
public final class DS212GemDocs implements Rule {
    static final RuleMeta META = new RuleMeta("DS212", Severity.INFO, "gem install builds documentation",
            Family.SIZE, Concept.IMAGE,
            "By default RubyGems generates ri and rdoc documentation for every gem, which takes build time and "
                    + "space and is never read inside a container.",
            "Add --no-document to gem install (or write gem: --no-document to /etc/gemrc first).",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        boolean gemrc = ctx.df().instructions().stream().anyMatch(i -> i.body().contains("--no-document")
                && i.body().contains("gemrc"));
        for (RunScript r : ctx.runsOf("gem")) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                if (!gemrc && c.is("gem", "install") && !c.has("--no-document") && !c.has("--no-doc")
                        && !c.has("--no-rdoc") && !c.has("-N")) {
                    report.report(r.pos(c), "gem install without --no-document");
                }
            }
        }
    }
}
