package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import java.util.List;

/** DS105: the whole context is copied but there is no .dockerignore. */
public final class DS105DockerignoreMissing implements Rule {
    static final RuleMeta META = new RuleMeta("DS105", Severity.WARNING,
            "Whole context copied without a .dockerignore", Family.CACHE, Concept.LAYER_CACHE,
            "COPY . . copies everything the build context holds: .git, node_modules, build output, local "
                    + "secrets. Those files make the context slow to send, bloat the layer, can leak, and change "
                    + "all the time, so the COPY and every step after it miss the cache even when no source "
                    + "changed.",
            "Add a .dockerignore next to the Dockerfile excluding at least .git, node_modules, target, build "
                    + "and local env files.",
            List.of(), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        if (ctx.context() == null || ctx.dockerIgnore() != null) {
            return;
        }
        for (Instruction i : ctx.instructions("COPY", "ADD")) {
            if (LintContext.copiesWholeContext(i)) {
                report.report(i, i.written() + " copies the whole build context, and there is no .dockerignore "
                        + "next to the Dockerfile");
                return;
            }
        }
    }
}
