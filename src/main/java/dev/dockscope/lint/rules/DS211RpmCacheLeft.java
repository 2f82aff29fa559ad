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
import java.util.Set;

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

    /** Subcommands that download packages (and their short forms). */
    private static final Set<String> FILLS = Set.of("install", "in", "upgrade", "up", "update",
            "upgrade-minimal", "up-min", "reinstall", "rei", "groupinstall", "localinstall", "dist-upgrade", "dup",
            "distro-sync", "ds", "patch");
    private static final String[] DNF = {"/var/cache/yum", "/var/cache/dnf", "/var/cache/libdnf5"};
    private static final String[] ZYPP = {"/var/cache/zypp"};

    @Override
    public RuleMeta meta() {
        return META;
    }

    private static boolean cleaned(RunScript r, Command install, String[] dirs) {
        for (String d : dirs) {
            if (Commands.laterMentions(r, install, d)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf(CLEAN.keySet())) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                String p = c.program();
                String clean = CLEAN.get(p);
                String[] dirs = p.equals("zypper") ? ZYPP : DNF;
                if (clean != null && FILLS.contains(c.subcommand())
                        && Commands.after(r, c, p, "clean") == null && Commands.after(r, c, p, "cc") == null
                        && !cleaned(r, c, dirs) && !Commands.cacheMountOn(r, dirs)) {
                    report.report(r.pos(c), p + " " + c.subcommand() + " without " + clean
                            + " after it: its cache stays in the layer", "End the RUN with && " + clean + ".");
                }
            }
        }
    }
}
