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

/** DS108: {@code git clone} in a RUN is cached by its text, not by the remote's commits. */
public final class DS108GitCloneCached implements Rule {
    static final RuleMeta META = new RuleMeta("DS108", Severity.INFO, "git clone in RUN is cached by its text",
            Family.CACHE, Concept.LAYER_CACHE,
            "The builder decides whether to reuse a RUN from its command text only. RUN git clone of a branch "
                    + "stays cached after new commits land, so builds silently keep old code; clearing the cache "
                    + "gives a different result on the next build.",
            "Pin a commit (git checkout <sha>) or use the git source of ADD (ADD https://host/repo.git#ref /src), "
                    + "which the builder checks against the remote.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("git")) {
            Command clone = r.find("git", "clone");
            if (clone != null && !r.contains(" checkout ") && !r.contains(" reset ")) {
                report.report(r.pos(clone), "git clone without a pinned commit: this step stays cached while "
                        + "the remote branch moves on");
            }
        }
    }
}
