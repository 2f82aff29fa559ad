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

/** DS328: FROM depends on a global ARG whose default leaves it empty or invalid. */
public final class DS328InvalidDefaultArgInFrom implements Rule {
    static final RuleMeta META = new RuleMeta("DS328", Severity.WARNING, "FROM depends on an ARG without a default",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "FROM ${BASE} with ARG BASE declared without a default gives an empty image reference whenever the "
                    + "build is run without --build-arg BASE=..., so the file cannot be built as is (and checks "
                    + "cannot resolve the base image).",
            "Give the ARG a valid default: ARG BASE=alpine:3.20.",
            List.of(), List.of("InvalidDefaultArgInFrom"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Set<String> noDefault = new HashSet<>();
        for (Instruction a : ctx.df().globalArgs()) {
            for (String w : a.words()) {
                if (!w.contains("=")) {
                    noDefault.add(w);
                }
            }
        }
        char esc = ctx.df().directives().escape();
        for (Stage s : ctx.df().stages()) {
            for (var ref : Variables.references(s.image(), esc)) {
                if (noDefault.contains(ref.name()) && !ref.modifier().startsWith(":-")
                        && !ref.modifier().equals("-")) {
                    report.report(s.from(), "FROM " + s.image() + " is empty unless --build-arg " + ref.name()
                            + " is given: the ARG has no default");
                }
            }
        }
    }
}