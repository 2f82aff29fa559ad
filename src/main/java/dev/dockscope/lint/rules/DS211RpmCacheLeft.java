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
import java.util.Map;

/** DS211: yum/dnf/microdnf/zypper install without cleaning their caches. */
public final class DS211RpmCacheLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS211", Severity.INFO, "yum/dnf/zypper cache left in the layer",
            Family.SIZE, Concept.LAYER_CACHE,
            "RPM package managers keep metadata and downloaded packages in /var/cache. Unless the same RUN cleans "
                    + "them, they stay in the layer forever.",
            "End the RUN with && yum clean all (dnf clean all, microdnf clean all, zypper clean).",
            List.of("DL3032", "DL3040", "DL3036"), List.of());
    private static final Map<String, String> CLEAN = Map.of("yum", "yum clean all", "dnf", "dnf clean all",
            "microdnf", "microdnf clean all", "zypper", "zypper clean");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            for (Command c : r.unwrapped()) {
                String clean = CLEAN.get(c.program());
                if (clean != null && (c.subcommand().equals("install") || c.subcommand().equals("in"))
                        && r.find(c.program(), "clean") == null && r.find(c.program(), "cc") == null
                        && !r.script().contains("/var/cache/" + c.program()) && !Commands.cacheMount(r, "/var/cache")) {
                    report.report(r.pos(c), c.program() + " install without " + clean
                            + ": its cache stays in the layer", "End the RUN with && " + clean + ".");
                }
            }
        }
    }
}
