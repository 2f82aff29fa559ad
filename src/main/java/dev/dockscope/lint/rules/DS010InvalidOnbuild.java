package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS010: Instruction not allowed after ONBUILD. */
public final class DS010InvalidOnbuild extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS010", Severity.ERROR, "Instruction not allowed after ONBUILD", Family.SYNTAX, Concept.DOCKERFILE,
            "ONBUILD stores an instruction to run in images built FROM this one. ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER are rejected by the builder.",
            "Remove the ONBUILD trigger, or use an instruction that may be deferred (RUN, COPY, ...).",
            List.of(), List.of());

    public DS010InvalidOnbuild() {
        super(ParseIssue.Kind.BAD_ONBUILD);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
