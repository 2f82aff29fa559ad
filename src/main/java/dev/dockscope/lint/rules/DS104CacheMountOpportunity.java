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

/** DS104: a dependency install that could keep its download cache between builds with a cache mount. */
public final class DS104CacheMountOpportunity implements Rule {
    static final RuleMeta META = new RuleMeta("DS104", Severity.INFO,
            "Dependency install without a cache mount", Family.CACHE, Concept.LAYER_CACHE,
            "When an install step does have to run again (a new dependency, a changed lock file), it downloads "
                    + "everything from scratch. RUN --mount=type=cache keeps the package manager's download cache "
                    + "on the builder between builds, outside the image, so re-runs fetch only what changed and "
                    + "the image carries no cache.",
            "Add a cache mount on the package manager's cache folder, e.g. "
                    + "RUN --mount=type=cache,target=/root/.npm npm ci",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runs()) {
            if (Commands.cacheMount(r, null)) {
                continue;
            }
            for (Command c : r.unwrapped()) {
                Ecosystem e = Ecosystem.installOf(c);
                if (e != null && !(e == Ecosystem.GO && !c.subcommand().equals("mod"))) {
                    report.report(r.pos(c), c.program() + " " + c.subcommand() + " downloads its dependencies "
                            + "again whenever this step re-runs",
                            "Add RUN --mount=type=cache,target=" + e.cacheDir() + " to this RUN so re-runs reuse "
                                    + "the download cache (and the image does not keep it).");
                    break;
                }
            }
        }
    }
}
