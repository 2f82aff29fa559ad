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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DS316: a variable used in an instruction is not declared by ARG or ENV in its stage. */
public final class DS316UndefinedVariable implements Rule {
    static final RuleMeta META = new RuleMeta("DS316", Severity.WARNING, "Variable used but never declared",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "The builder substitutes $VAR in COPY, ADD, ENV, WORKDIR, USER, LABEL, EXPOSE, VOLUME and "
                    + "STOPSIGNAL from the ARG and ENV declared so far in the stage. A name that was never "
                    + "declared (a typo, or a global ARG not re-declared after FROM) becomes an empty string "
                    + "without any error.",
            "Declare it (ARG NAME or ENV NAME=value) in the stage before the use, re-declare global ARGs after "
                    + "FROM with ARG NAME, or give a default: ${NAME:-value}.",
            List.of(), List.of("UndefinedVar"));
    private static final Set<String> EXPANDING = Set.of("COPY", "ADD", "ENV", "WORKDIR", "USER",
            "LABEL", "EXPOSE", "VOLUME", "STOPSIGNAL", "ARG");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        char esc = ctx.df().directives().escape();
        Map<String, Set<String>> stageVars = new HashMap<>();
        for (Stage s : ctx.df().stages()) {
            // a stage starts with what its parent stage knew, shared, and copies it only when it declares a name
            // the parent did not know: a long chain of stages that declare nothing copies no set per stage
            Set<String> known;
            boolean own = true;
            Stage parent = ctx.df().stage(s.image());
            if (parent != null && parent.index() < s.index()) {
                Set<String> inherited = stageVars.get(parent.label()); // never changed once its stage is done
                if (inherited != null) {
                    known = inherited; // every stage's set holds PREDEFINED
                    own = false;
                } else {
                    known = union(Scope.PREDEFINED, null);
                }
            } else if (!s.image().equalsIgnoreCase("scratch")) {
                known = union(Scope.PREDEFINED, Scope.IMAGE_ENV);
            } else {
                known = union(Scope.PREDEFINED, null);
            }
            for (Instruction i : s.instructions()) {
                if (EXPANDING.contains(i.keyword())) {
                    for (var ref : Variables.references(i.body(), esc)) {
                        if (!known.contains(ref.name()) && !ref.guarded()) {
                            report.report(i.bodyPos(ref.offset()), "$" + ref.name() + " is not declared in this "
                                    + "stage (no ARG or ENV above it): it expands to an empty string");
                        }
                    }
                }
                List<String> declared = Scope.declared(i);
                if (!own && !known.containsAll(declared)) {
                    known = new HashSet<>(known);
                    own = true;
                }
                if (own) {
                    known.addAll(declared);
                }
            }
            stageVars.put(s.label(), known);
        }
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        if (b != null) {
            out.addAll(b);
        }
        return out;
    }
}