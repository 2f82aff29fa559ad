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

/** DS311: ADD of local files where COPY does the job. */
public final class DS311AddInsteadOfCopy implements Rule {
    static final RuleMeta META = new RuleMeta("DS311", Severity.WARNING, "ADD used where COPY fits",
            Family.CORRECTNESS, Concept.DOCKERFILE,
            "ADD has extra behaviour: it unpacks local tar archives and fetches URLs. Used for plain files it "
                    + "hides that magic from readers, and a file renamed to .tar.gz suddenly gets unpacked.",
            "Use COPY for local files and directories; keep ADD for URLs, git sources and archives you mean to "
                    + "unpack.",
            List.of("DL3020"), List.of());

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("ADD")) {
            if (!i.is("ADD") || !i.heredocs().isEmpty()) {
                continue;
            }
            boolean needsAdd = i.sources().stream().anyMatch(s -> s.contains("://") || s.startsWith("git@")
                    || s.matches(".*\\.(tar|tgz|tar\\.gz|tar\\.bz2|tbz2?|tar\\.xz|txz|tar\\.zst|gz|bz2|xz)$"));
            if (!needsAdd && !i.sources().isEmpty()) {
                report.report(i, "ADD " + String.join(" ", i.sources()) + " copies plain local files: use COPY");
            }
        }
    }
}