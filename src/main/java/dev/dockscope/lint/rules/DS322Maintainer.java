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

/** DS322: MAINTAINER is deprecated. */
public final class DS322Maintainer implements Rule {
    static final RuleMeta META = new RuleMeta("DS322", Severity.INFO, "MAINTAINER is deprecated",
            Family.CORRECTNESS, Concept.IMAGE,
            "MAINTAINER has been deprecated for years; tools read the author from labels instead.",
            "Use LABEL org.opencontainers.image.authors=\"name <mail>\".",
            List.of("DL4000"), List.of("MaintainerDeprecated"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("MAINTAINER")) {
            if (i.is("MAINTAINER")) {
                report.report(i, "MAINTAINER is deprecated: use the org.opencontainers.image.authors label");
            }
        }
    }
}