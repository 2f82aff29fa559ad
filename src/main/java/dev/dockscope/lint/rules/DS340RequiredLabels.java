package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** DS340: labels required by the config's labelSchema are missing or malformed. */
public final class DS340RequiredLabels implements Rule {
    static final RuleMeta META = new RuleMeta("DS340", Severity.WARNING, "Required label missing or malformed",
            Family.CORRECTNESS, Concept.IMAGE,
            "Teams use labels to find an image's source, owner, version and licence. The labelSchema in "
                    + ".dockscope.yaml lists the labels every image must carry and the shape of their values.",
            "Add the label to the final stage with a value of the expected kind (text, url, semver, rfc3339, "
                    + "email, hash, spdx).",
            List.of("DL3049", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Stage last = ctx.df().finalStage();
        if (last == null || ctx.config().labelSchema().isEmpty()) {
            return;
        }
        Map<String, String> labels = new HashMap<>();
        for (Instruction i : last.instructions()) {
            if (i.is("LABEL")) {
                for (String w : i.words()) {
                    int eq = w.indexOf('=');
                    if (eq > 0) {
                        labels.put(w.substring(0, eq), w.substring(eq + 1));
                    }
                }
            }
        }
        for (var e : ctx.config().labelSchema().entrySet()) {
            String v = labels.get(e.getKey());
            if (v == null) {
                report.report(last.from(), "the final stage has no label " + e.getKey());
            } else if (!v.contains("$") && !LabelKinds.valid(e.getValue(), v)) {
                report.report(last.from(), "label " + e.getKey() + "=" + v + " is not a valid " + e.getValue());
            }
        }
    }
}