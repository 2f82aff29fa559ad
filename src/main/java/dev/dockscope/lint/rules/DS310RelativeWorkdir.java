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
import java.util.List;

/** DS310: WORKDIR with a relative path and no absolute WORKDIR before it. */
public final class DS310RelativeWorkdir implements Rule {
    static final RuleMeta META = new RuleMeta("DS310", Severity.WARNING, "Relative WORKDIR", Family.CORRECTNESS,
            Concept.DOCKERFILE,
            "A relative WORKDIR is resolved against the previous WORKDIR, which for the first one is the base "
                    + "image's, something you do not control. A base image update can then move your whole build.",
            "Use an absolute path: WORKDIR /app.",
            List.of("DL3000"), List.of("WorkdirRelativePath"));

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage s : ctx.df().stages()) {
            boolean absolute = false;
            for (Instruction i : ctx.instructions(s, "WORKDIR")) {
                if (!i.is("WORKDIR")) {
                    continue;
                }
                String w = i.words().isEmpty() ? "" : i.words().get(0);
                boolean abs = w.startsWith("/") || w.startsWith("$") || w.matches("[A-Za-z]:([\\\\/].*|\"?)");
                if (!abs && !absolute) {
                    report.report(i, "WORKDIR " + w + " is relative to whatever directory the base image set");
                }
                absolute |= abs;
            }
        }
    }
}