package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DS319: two stages with the same name. */
public final class DS319DuplicateStageName implements Rule {
    static final RuleMeta META = new RuleMeta("DS319", Severity.ERROR, "Duplicate stage name", Family.CORRECTNESS,
            Concept.MULTI_STAGE,
            "Stage names are case-insensitive and must be unique; with two stages of the same name, --target and "
                    + "COPY --from cannot say which one they mean and the builder rejects the file.",
            "Rename one of the stages.",
            List.of("DL3024"), List.of("DuplicateStageName"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Map<String, Integer> seen = new HashMap<>();
        for (Stage s : ctx.df().stages()) {
            if (s.key() == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(s.key(), s.from().line());
            if (first != null) {
                report.report(s.from(), "stage name '" + s.name() + "' is already used on line " + first);
            }
        }
    }
}