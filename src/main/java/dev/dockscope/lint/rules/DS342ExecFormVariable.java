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
import java.util.regex.Pattern;

/** DS342: $VAR inside an exec-form CMD/ENTRYPOINT/RUN is not expanded. */
public final class DS342ExecFormVariable implements Rule {
    static final RuleMeta META = new RuleMeta("DS342", Severity.WARNING, "Variable in exec form is not expanded",
            Family.CORRECTNESS, Concept.RUNTIME,
            "The exec form runs the program directly, with no shell, so $PORT or ${HOME} is passed on literally "
                    + "as the characters $PORT.",
            "Use the program's own config, or wrap in a shell on purpose: CMD [\"sh\", \"-c\", \"exec app --port "
                    + "$PORT\"].",
            List.of(), List.of());

    /** Compiled on first use: only exec forms need it. */
    private static final class Rx {
        static final Pattern VARIABLE = Pattern.compile(".*\\$(\\{)?[A-Za-z_].*");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("CMD", "ENTRYPOINT", "RUN")) {
            if (!(i.is("CMD") || i.is("ENTRYPOINT") || i.is("RUN")) || !i.isExecForm() || i.exec().isEmpty()) {
                continue;
            }
            String prog = i.exec().get(0);
            if (prog.endsWith("sh") || prog.endsWith("bash")) {
                continue;
            }
            for (String a : i.exec()) {
                if (Rx.VARIABLE.matcher(a).matches()) {
                    report.report(i, i.keyword() + " in exec form passes '" + a + "' literally: no shell expands it");
                    break;
                }
            }
        }
    }
}
