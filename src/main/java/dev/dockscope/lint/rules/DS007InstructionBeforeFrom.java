package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS007: Instruction before the first FROM. */
public final class DS007InstructionBeforeFrom extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS007", Severity.ERROR, "Instruction before the first FROM", Family.SYNTAX, Concept.DOCKERFILE,
            "Only ARG (and parser directives and comments) may come before the first FROM: every other instruction needs a stage to act on.",
            "Move the instruction below FROM, or make it an ARG if it only sets a value for FROM.",
            List.of("DL3061"), List.of());

    public DS007InstructionBeforeFrom() {
        super(ParseIssue.Kind.BAD_FIRST_INSTRUCTION);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
