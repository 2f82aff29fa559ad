package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.shell.Command;
import dev.dockscope.lint.shell.Word;
import java.util.List;

/** DS337: package install that would wait for a confirmation. */
public final class DS337MissingYes implements Rule {
    static final RuleMeta META = new RuleMeta("DS337", Severity.WARNING, "Package install without -y",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "Builds have no terminal to answer \"Do you want to continue?\". Without -y the install aborts, or "
                    + "works only by accident of the package set.",
            "Add -y (zypper: -n / --non-interactive).",
            List.of("DL3014", "DL3030", "DL3038", "DL3034"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    /** apt-get's quiet level 2 ({@code -qq}, {@code -q -q}, {@code -q=2}) implies -y. */
    private static boolean quietTwice(Command c) {
        if (!c.program().equals("apt-get")) {
            return false;
        }
        int q = 0;
        List<Word> w = c.words();
        for (int k = 1; k < w.size(); k++) {
            String a = w.get(k).text();
            if (quietLevel(a, "-q=") || quietLevel(a, "--quiet=")) {
                return true;
            }
            if (a.equals("--quiet")) {
                q++;
            } else if (shortOptions(a, false) && a.indexOf('q') >= 0) {
                q += (int) a.chars().filter(ch -> ch == 'q').count();
            }
        }
        return q >= 2;
    }

    /** {@code prefix} and one digit 2–9 ({@code -q=2}). */
    private static boolean quietLevel(String a, String prefix) {
        return a.length() == prefix.length() + 1 && a.startsWith(prefix) && a.charAt(prefix.length()) >= '2'
                && a.charAt(prefix.length()) <= '9';
    }

    /**
     * A dash and letters only ({@code -[a-zA-Z]*}, or {@code -[a-z]*} when {@code lowerOnly}); the caller checks
     * for the letter it wants.
     */
    private static boolean shortOptions(String a, boolean lowerOnly) {
        if (a.isEmpty() || a.charAt(0) != '-') {
            return false;
        }
        for (int k = 1; k < a.length(); k++) {
            char ch = a.charAt(k);
            if (!(ch >= 'a' && ch <= 'z' || !lowerOnly && ch >= 'A' && ch <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /** Some word is {@code -[a-z]*y[a-z]*} (the name included, as before). */
    private static boolean yesFlag(Command c) {
        for (Word w : c.words()) {
            if (shortOptions(w.text(), true) && w.text().indexOf('y') >= 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apt-get", "yum", "dnf", "microdnf", "zypper")) {
            for (Command c : r.unwrapped()) {
                String p = c.program();
                boolean install = c.subcommand().equals("install") || c.subcommand().equals("in");
                if (!install || r.contains("APT::Get::Assume-Yes") || c.hasPrefix("--assume-yes")
                        || c.has("-yq") || c.has("-qy") || c.hasPrefix("--yes")) {
                    continue;
                }
                boolean bad = (p.equals("apt-get") || p.equals("yum") || p.equals("dnf") || p.equals("microdnf"))
                        && !c.has("-y") && !c.hasPrefix("-y") && !quietTwice(c)
                        && !yesFlag(c)
                        || p.equals("zypper") && !c.has("-n") && !c.has("--non-interactive") && !c.has("-y")
                        && !c.has("--no-confirm");
                if (bad) {
                    report.report(r.pos(c), p + " install without -y waits for a confirmation the build cannot give");
                }
            }
        }
    }
}