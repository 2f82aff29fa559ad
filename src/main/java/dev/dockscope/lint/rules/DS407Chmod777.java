package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.shell.Command;
import java.util.List;
import java.util.regex.Pattern;

/** DS407: world-writable permissions. */
public final class DS407Chmod777 implements Rule {
    static final RuleMeta META = new RuleMeta("DS407", Severity.WARNING, "World-writable permissions (777)",
            Family.SECURITY, Concept.CONTAINER,
            "chmod 777 lets every user in the container change or replace the files, including programs that "
                    + "later run as another user. It is almost always a shortcut around an ownership problem.",
            "Give ownership to the user that needs it (COPY --chown, chown) and use 755/644 or tighter.",
            List.of(), List.of());

    /** Compiled on first use: only files that run chmod or COPY --chmod need it. */
    private static final class Rx {
        static final Pattern OPEN = Pattern.compile(
                "0?[0-7]?777|a\\+rwx|o\\+w|[ugo]*a?\\+rwx");
        static final Pattern MODE = Pattern.compile("0?[0-7]?777");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("chmod")) {
            for (Command c : r.unwrapped()) {
                if (c.program().equals("chmod") && c.args().stream().anyMatch(a -> Rx.OPEN.matcher(a).matches())) {
                    report.report(r.pos(c), "chmod makes files writable by every user in the container");
                }
            }
        }
        for (Instruction i : ctx.df().instructions()) {
            String m = i.flagValue("chmod");
            if (m != null && Rx.MODE.matcher(m).matches()) {
                report.report(i.flag("chmod").pos(), "--chmod=" + m + " makes the files writable by every user");
            }
        }
    }
}