package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.shell.Command;
import java.util.List;

/** DS204: yarn install without yarn cache clean. */
public final class DS204YarnCacheLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS204", Severity.INFO, "yarn install without yarn cache clean",
            Family.SIZE, Concept.LAYER_CACHE,
            "Yarn (v1) keeps a global copy of every package it installs. Inside an image that copy duplicates "
                    + "node_modules and is never read again.",
            "Finish the RUN with && yarn cache clean, or mount a cache on yarn's cache folder.",
            List.of("DL3060"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("yarn")) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            if (Commands.cacheMountOn(r, "yarn", "/.cache")) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                String sub = Ecosystem.yarnSubcommand(c);
                boolean installs = sub.isEmpty() && !c.has("--version") && !c.has("-v") && !c.has("--help")
                        || sub.equals("install") || sub.equals("add") || sub.equals("workspaces") && c.has("focus");
                if (c.program().equals("yarn") && installs && Commands.after(r, c, "yarn", "cache") == null
                        && !c.hasPrefix("--cache-folder") && !Commands.laterMentions(r, c, "yarn/cache")) {
                    report.report(r.pos(c), "yarn's package cache stays in the layer (no yarn cache clean)");
                    break;
                }
            }
        }
    }
}
