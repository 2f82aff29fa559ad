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
import dev.dockscope.lint.dockerfile.Variables;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** DS317: FROM uses a variable that no global ARG declares. */
public final class DS317UndefinedArgInFrom implements Rule {
    static final RuleMeta META = new RuleMeta("DS317", Severity.WARNING, "FROM uses an undeclared ARG",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "Variables in FROM can only come from ARG instructions placed before the first FROM (and the "
                    + "predefined platform ARGs). An ARG declared inside a stage is not visible there, so the "
                    + "reference expands to nothing.",
            "Declare the ARG before the first FROM: ARG BASE=alpine:3.20.",
            List.of(), List.of("UndefinedArgInFrom"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Set<String> known = new HashSet<>(Scope.PREDEFINED);
        for (Instruction a : ctx.df().globalArgs()) {
            known.addAll(Scope.declared(a));
        }
        char esc = ctx.df().directives().escape();
        for (Stage s : ctx.df().stages()) {
            Instruction f = s.from();
            String text = f.flags().isEmpty() ? f.body() + " " : f.body() + " " + String.join(" ", f.flags().stream()
                    .map(x -> String.valueOf(x.value())).toList());
            for (var ref : Variables.references(text, esc)) {
                if (!known.contains(ref.name())) {
                    report.report(f, "FROM uses $" + ref.name() + ", which no ARG before the first FROM declares");
                }
            }
        }
    }
}