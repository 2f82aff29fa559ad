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

/** DS201: apt-get install without removing /var/lib/apt/lists in the same RUN. */
public final class DS201AptListsLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS201", Severity.INFO, "apt package lists left in the layer",
            Family.SIZE, Concept.LAYER_CACHE,
            "apt-get update downloads package lists (tens of MB) into /var/lib/apt/lists. Unless the same RUN "
                    + "deletes them, they are frozen into that layer for good; a later RUN that deletes them only "
                    + "hides them.",
            "End the RUN with && rm -rf /var/lib/apt/lists/* (or mount a cache on /var/lib/apt).",
            List.of("DL3009"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            Command install = r.find("apt-get", "install");
            if (install == null || r.find("apt-get", "update") == null || Commands.cacheMount(r, "/var/lib/apt")) {
                continue;
            }
            if (!r.script().contains("/var/lib/apt/lists")) {
                report.report(r.pos(install), "apt-get update's package lists stay in this layer: nothing in the "
                        + "RUN removes /var/lib/apt/lists");
            }
        }
    }
}
