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
import java.util.List;
import java.util.Map;

/** DS401: the final stage's last USER is root (also through an ARG/ENV whose default is root or 0). */
public final class DS401LastUserRoot implements Rule {
    static final RuleMeta META = new RuleMeta("DS401", Severity.WARNING, "Final image runs as root",
            Family.SECURITY, Concept.CONTAINER,
            "The last USER decides who the container's processes run as. Root inside a container is root on "
                    + "files of any mounted volume and one kernel bug away from root on the host; most services do "
                    + "not need it.",
            "Create an unprivileged user and switch to it at the end: RUN useradd -r app && ... then USER app.",
            List.of("DL3002"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Stage last = ctx.df().finalStage();
        if (last == null) {
            return;
        }
        Instruction user = null;
        // a final stage without USER runs as the last USER of the stage it is built FROM
        for (Stage s : ctx.lineage(last.from())) {
            for (Instruction i : ctx.instructions(s, "USER")) {
                if (i.is("USER")) {
                    user = i;
                }
            }
            if (user != null) {
                break;
            }
        }
        if (user != null) {
            String u = expand(ctx, user).split(":", 2)[0];
            if (u.equals("root") || u.equals("0")) {
                report.report(user, "the last USER is " + user.body().trim() + ": the container runs as root");
            }
        }
    }

    /** The USER value with the ARG/ENV defaults declared before it in its stage lineage substituted. */
    static String expand(LintContext ctx, Instruction user) {
        String v = user.body().trim();
        if (v.length() > 1 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        if (v.indexOf('$') < 0) {
            return v;
        }
        Map<String, String> values = new HashMap<>();
        for (Instruction i : ctx.before(user)) {
            if (i.is("ARG") || i.is("ENV")) {
                for (String w : i.words()) {
                    int eq = w.indexOf('=');
                    if (eq > 0) {
                        values.put(w.substring(0, eq), w.substring(eq + 1));
                    }
                }
            }
        }
        return Variables.expand(v, ctx.df().directives().escape(), values);
    }
}
