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
import java.util.List;
import java.util.regex.Pattern;

/** DS304: apk add without versions. */
public final class DS304ApkUnpinned implements Rule {
    static final RuleMeta META = new RuleMeta("DS304", Severity.INFO, "apk packages without pinned versions",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "apk add name installs the newest version in the index at build time; rebuilding later gives "
                    + "different packages than the image you tested.",
            "Pin versions: apk add --no-cache curl=8.5.0-r0 (or curl~8.5).",
            List.of("DL3018"), List.of());

    private static final Pattern VERSIONED = Pattern.compile(".*[=~<>].*");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (RunScript r : ctx.runsOf("apk")) {
            for (Command c : r.unwrapped()) {
                if (c.is("apk", "add")) {
                    Pinning.unpinned(ctx, r, c, w -> !VERSIONED.matcher(w).matches() && !w.endsWith(".apk"), report,
                            "apk");
                }
            }
        }
    }
}