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

/** DS318: COPY --from names something that is neither a stage nor an image reference. */
public final class DS318UnknownStageReference implements Rule {
    static final RuleMeta META = new RuleMeta("DS318", Severity.ERROR, "COPY --from names an unknown stage",
            Family.CORRECTNESS, Concept.MULTI_STAGE,
            "COPY --from=name looks for a stage called name; when there is none the builder treats name as an "
                    + "image on Docker Hub and tries to pull it, which fails or, worse, copies from a stranger's "
                    + "image.",
            "Use the name given in FROM ... AS name, or a full image reference (registry/image:tag).",
            List.of("DL3022"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("COPY")) {
            String from = i.is("COPY") ? i.flagValue("from") : null;
            if (from == null || from.contains("$") || from.contains(":") || from.contains("/") || from.contains("@")) {
                continue;
            }
            if (ctx.df().stage(from) == null) {
                report.report(i.flag("from").pos(), "--from=" + from + " is not a stage of this Dockerfile (the "
                        + "builder would try to pull an image named " + from + ")");
            }
        }
    }
}