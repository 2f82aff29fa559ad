package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.List;

/** DS325: stage names should be lower case. */
public final class DS325StageNameCasing implements Rule {
    static final RuleMeta META = new RuleMeta("DS325", Severity.STYLE, "Stage name not in lower case",
            Family.CORRECTNESS, Concept.MULTI_STAGE,
            "Stage names are matched case-insensitively, so Build and build are the same stage. Writing them in "
                    + "lower case avoids looking like two different stages.",
            "Write stage names in lower case.",
            List.of(), List.of("StageNameCasing"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            if (s.name() != null && !s.name().equals(s.key()) && !s.name().contains("$")) {
                report.report(s.from(), "stage name '" + s.name() + "' should be lower case");
            }
        }
    }
}