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

/** DS202: apk add without --no-cache. */
public final class DS202ApkCacheLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS202", Severity.INFO, "apk add without --no-cache", Family.SIZE,
            Concept.LAYER_CACHE,
            "apk keeps its package index and downloaded packages under /var/cache/apk. Without --no-cache they "
                    + "end up in the layer and in every image built on it.",
            "Use apk add --no-cache ... (it also makes a separate apk update unnecessary).",
            List.of("DL3019"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apk")) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            if (Commands.cacheMount(r, "/var/cache/apk") || r.contains("/var/cache/apk")) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                if (!c.program().equals("apk") || c.has("--no-cache") || c.has("--no-network")) {
                    continue;
                }
                String sub = c.subcommand();
                if (sub.equals("add")) {
                    report.report(r.pos(c), "apk add without --no-cache leaves the package cache in the layer");
                } else if (sub.equals("update") || sub.equals("upgrade") && (c.has("--update") || c.has("-U"))) {
                    report.report(r.pos(c), "apk " + (sub.equals("update") ? "update" : "--update upgrade")
                            + " leaves the package index in /var/cache/apk in the layer");
                }
            }
        }
    }
}
