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

/** DS335: COPY with several sources to a destination that does not end in /. */
public final class DS335CopyDestNeedsSlash implements Rule {
    static final RuleMeta META = new RuleMeta("DS335", Severity.ERROR, "Several sources need a directory "
            + "destination", Family.CORRECTNESS, Concept.DOCKERFILE,
            "With more than one source (or a glob), COPY and ADD need a destination that is clearly a "
                    + "directory, written with a trailing /; otherwise the build fails.",
            "End the destination with /: COPY a.txt b.txt /app/.",
            List.of("DL3021"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("COPY", "ADD")) {
            if ((i.is("COPY") || i.is("ADD")) && i.heredocs().isEmpty() && i.sources().size() > 1) {
                String d = i.destination();
                if (d != null && !d.endsWith("/") && !d.contains("$")) {
                    report.report(i, i.keyword() + " has " + i.sources().size() + " sources but the destination "
                            + d + " does not end with /");
                }
            }
        }
    }
}