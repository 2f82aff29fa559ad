package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.function.Predicate;

/** DS201: apt-get update (or an install after it) without removing /var/lib/apt/lists in the same RUN. */
public final class DS201AptListsLeft implements Rule {
    static final RuleMeta META = new RuleMeta("DS201", Severity.INFO, "apt package lists left in the layer",
            Family.SIZE, Concept.LAYER_CACHE,
            "apt-get update downloads package lists (tens of MB) into /var/lib/apt/lists. Unless the same RUN "
                    + "deletes them, they are frozen into that layer for good; a later RUN that deletes them only "
                    + "hides them.",
            "End the RUN with && rm -rf /var/lib/apt/lists/* (or mount a cache on /var/lib/apt).",
            List.of("DL3009"), List.of());

    private static final List<String> APT = List.of("apt-get", "apt", "aptitude");

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** An earlier RUN removed the base image's docker-clean hook, which deletes .deb files after each install. */
    private static boolean keepsDebs(LintContext ctx, RunScript r) {
        return ctx.anyBefore(r.instruction(), REMOVES_DOCKER_CLEAN);
    }

    private static final Predicate<Instruction> REMOVES_DOCKER_CLEAN = i -> (i.is("RUN")
            || i.onbuild() != null && i.onbuild().is("RUN")) && i.text().text().contains("apt.conf.d/docker-clean");

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            if (!ctx.inFinalImage(r.instruction())) {
                continue;
            }
            Command install = null;
            Command update = null;
            for (String apt : APT) {
                install = install != null ? install : r.find(apt, "install");
                update = update != null ? update : r.find(apt, "update");
            }
            boolean setup = update == null && Commands.aptSetupScript(r);
            if (install == null && update == null && !setup) {
                continue;
            }
            boolean cleaned = Commands.cacheMount(r, "/var/lib/apt") || r.contains("/var/lib/apt/lists")
                    || r.find("apt-get", "dist-clean") != null || r.find("apt", "dist-clean") != null;
            if ((update != null || setup) && !cleaned) {
                String what = update != null ? update.program() + " update's" : "the package lists that the setup "
                        + "script piped into a shell downloads (it runs apt-get update):";
                Command at = update != null ? update : install;
                report.report(at != null ? r.pos(at) : r.instruction().pos(), what + " package lists stay in this "
                        + "layer: nothing in the RUN removes /var/lib/apt/lists");
            } else if (install != null && keepsDebs(ctx, r) && !Commands.cacheMount(r, "/var/cache/apt")
                    && !r.contains("/var/cache/apt") && r.find("apt-get", "clean") == null) {
                report.report(r.pos(install), "docker-clean was removed, so the downloaded .deb files stay in "
                        + "/var/cache/apt in this layer (only /var/lib/apt is a cache mount)",
                        "Mount a cache on /var/cache/apt too: RUN --mount=type=cache,target=/var/cache/apt "
                                + "--mount=type=cache,target=/var/lib/apt …");
            }
        }
    }
}
