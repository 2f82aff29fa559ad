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

/** DS333: COPY/ADD of a path that .dockerignore excludes. */
public final class DS333CopyIgnoredFile implements Rule {
    static final RuleMeta META = new RuleMeta("DS333", Severity.ERROR, "COPY of a file excluded by .dockerignore",
            Family.CORRECTNESS, Concept.LAYER_CACHE,
            "Files matched by .dockerignore are never sent to the builder. Copying one fails the build with "
                    + "\"not found\", or, for a glob, silently copies nothing.",
            "Remove the path from .dockerignore (or add a ! exception), or stop copying it.",
            List.of(), List.of("CopyIgnoredFile"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        var ignore = ctx.dockerIgnore();
        if (ignore == null) {
            return;
        }
        for (Instruction i : ctx.instructions("COPY", "ADD")) {
            if (!LintContext.fromContext(i) || !i.heredocs().isEmpty()) {
                continue;
            }
            for (String s : i.sources()) {
                if (s.contains("://") || s.contains("$") || s.startsWith("git@") || LintContext.copiesWholeContext(i)
                        && (s.equals(".") || s.equals("./"))) {
                    continue;
                }
                if (ignore.excluded(s)) {
                    report.report(i, s + " is excluded by " + ignore.file().getFileName() + ", so "
                            + i.keyword() + " cannot see it");
                }
            }
        }
    }
}