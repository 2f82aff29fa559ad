package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS005: Empty line inside a continued instruction. */
public final class DS005EmptyContinuation extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS005", Severity.WARNING, "Empty line inside a continued instruction", Family.SYNTAX, Concept.DOCKERFILE,
            "A blank line after a line ending in the escape character does not end the instruction; the builder skips it. That reads as if the instruction ended, and BuildKit plans to reject it.",
            "Delete the blank line, or end the instruction on the line before it.",
            List.of(), List.of("NoEmptyContinuation"));

    public DS005EmptyContinuation() {
        super(ParseIssue.Kind.EMPTY_CONTINUATION);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
