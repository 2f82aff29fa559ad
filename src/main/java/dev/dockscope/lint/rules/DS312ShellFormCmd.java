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

/** DS312: CMD/ENTRYPOINT in shell form. */
public final class DS312ShellFormCmd implements Rule {
    static final RuleMeta META = new RuleMeta("DS312", Severity.WARNING, "CMD/ENTRYPOINT in shell form",
            Family.CORRECTNESS, Concept.RUNTIME,
            "In shell form the container's PID 1 is /bin/sh -c, not your program. The shell does not forward "
                    + "SIGTERM, so docker stop waits its full timeout and then kills the app without a clean "
                    + "shutdown; ENTRYPOINT in shell form also ignores the arguments given to docker run.",
            "Use the exec form: CMD [\"node\", \"server.js\"] (or exec the program from a script).",
            List.of("DL3025"), List.of("JSONArgsRecommended"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** The exec form of this very line when it is one plain command, else the same line started with exec. */
    static String fix(Instruction i) {
        String body = i.body().trim();
        if (body.matches("[^|&;<>$`*?(){}\\\\'\"]+")) {
            StringBuilder b = new StringBuilder(i.keyword()).append(" [");
            List<String> words = List.of(body.split("\\s+"));
            for (int k = 0; k < words.size(); k++) {
                b.append(k == 0 ? "" : ", ").append('"').append(words.get(k)).append('"');
            }
            return "Use the exec form: " + b.append(']') + ".";
        }
        return "Let the program replace the shell: " + i.keyword() + " exec " + body + " (or move the shell "
                + "logic into a script that ends with exec).";
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("CMD", "ENTRYPOINT")) {
            if ((i.is("CMD") || i.is("ENTRYPOINT")) && !i.isExecForm() && !i.body().isBlank()
                    && !i.body().trim().startsWith("exec ")) {
                report.report(i, i.keyword() + " in shell form runs under /bin/sh -c, which does not pass "
                        + "signals on to the program", fix(i));
            }
        }
    }
}
