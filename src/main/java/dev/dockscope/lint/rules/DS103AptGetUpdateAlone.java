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

/** DS103: {@code apt-get update} in a RUN of its own. */
public final class DS103AptGetUpdateAlone implements Rule {
    static final RuleMeta META = new RuleMeta("DS103", Severity.WARNING, "apt-get update in its own RUN",
            Family.CACHE, Concept.LAYER_CACHE,
            "The cache key of a RUN is its command text, not the state of the package mirrors. A lone "
                    + "RUN apt-get update is cached forever, so a later apt-get install (in another RUN, possibly "
                    + "edited months later) works with stale package lists and can fail or install old versions.",
            "Run the update and the install in the same RUN: RUN apt-get update && apt-get install -y ... "
                    + "&& rm -rf /var/lib/apt/lists/*",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            Command update = null;
            boolean install = false;
            for (Command c : r.unwrapped()) {
                boolean apt = c.program().equals("apt-get") || c.program().equals("apt");
                if (apt && c.subcommand().equals("update")) {
                    update = update == null ? c : update;
                } else if (apt && !c.subcommand().isEmpty()) {
                    install = true;
                }
            }
            if (update != null && !install && !laterInstallRelies(ctx, r)) {
                report.report(r.pos(update), "apt-get update runs in a RUN without an install: its package lists "
                        + "are cached and go stale for every later install");
            } else if (update == null) {
                Command c = r.find("apt-get", "install");
                c = c != null ? c : r.find("apt", "install");
                Instruction earlier = c == null ? null : earlierUpdate(ctx, r.instruction());
                if (earlier != null) {
                    String where = ctx.stageOf(earlier) == ctx.stageOf(r.instruction()) ? "line " + earlier.line()
                            : "stage " + ctx.stageOf(earlier).label() + " (line " + earlier.line() + ")";
                    report.report(r.pos(c), c.program() + " install relies on the package lists of the apt-get "
                            + "update on " + where + ": cached, they go stale and the install can fail or get old "
                            + "versions", "Run apt-get update && " + c.program() + " install -y … in the same RUN.");
                }
            }
        }
    }

    /** A later RUN (this stage or one built FROM it) installs with these lists: it is the one reported. */
    private static boolean laterInstallRelies(LintContext ctx, RunScript update) {
        for (RunScript r : ctx.runs()) {
            if (r.instruction().line() > update.instruction().line() && r.find("apt-get", "update") == null
                    && (r.find("apt-get", "install") != null || r.find("apt", "install") != null)
                    && earlierUpdate(ctx, r.instruction()) == update.instruction()) {
                return true;
            }
        }
        return false;
    }

    /** The last RUN before {@code i} (in its stage or the stages it is built FROM) that ran apt-get update. */
    private static Instruction earlierUpdate(LintContext ctx, Instruction i) {
        Instruction found = null;
        for (Instruction x : ctx.before(i)) {
            Instruction run = x.is("RUN") ? x : null;
            if (run != null) {
                RunScript s = ctx.run(run);
                if (s.script().contains("/var/lib/apt/lists")) {
                    found = null; // the lists were removed again: an install would fail, not go stale
                } else if (s.find("apt-get", "update") != null || s.find("apt", "update") != null
                        || Commands.aptSetupScript(s)) {
                    found = run;
                }
            }
        }
        return found;
    }
}
