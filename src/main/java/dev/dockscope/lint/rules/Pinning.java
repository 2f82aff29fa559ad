package dev.dockscope.lint.rules;

import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.shell.Command;
import dev.dockscope.lint.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Shared logic of the "packages without versions" rules. */
final class Pinning {
    /** Options that take the next word as their value (so it is not a package name). */
    private static final Set<String> VALUED = Set.of("-o", "-t", "--target-release", "--virtual", "--repository",
            "-X", "-i", "--index-url", "--extra-index-url", "--target", "--prefix", "--trusted-host", "-c",
            "--install-dir", "-n", "--bindir", "--root", "-f", "--find-links", "--platform", "--python-version",
            "--only-binary", "--no-binary", "--registry", "--enablerepo", "--disablerepo", "--setopt", "-p");

    private Pinning() {
    }

    static void unpinned(RunScript r, Command c, Predicate<String> unpinned, Reporter report, String manager) {
        List<String> names = new ArrayList<>();
        Word first = null;
        boolean sub = false;
        List<Word> w = c.words();
        for (int k = 1; k < w.size(); k++) {
            String t = w.get(k).text();
            if (t.startsWith("-")) {
                if (VALUED.contains(t)) {
                    k++;
                }
                continue;
            }
            if (!sub) {
                sub = true;
                continue;
            }
            if (t.startsWith("$") || t.isEmpty() || !unpinned.test(t)) {
                continue;
            }
            names.add(t);
            first = first == null ? w.get(k) : first;
        }
        if (!names.isEmpty()) {
            report.report(r.pos(first), manager + " package" + (names.size() > 1 ? "s" : "") + " without a version: "
                    + String.join(", ", names));
        }
    }
}
