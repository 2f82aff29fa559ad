package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS001: Unknown instruction. */
public final class DS001UnknownInstruction extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS001", Severity.ERROR, "Unknown instruction", Family.SYNTAX, Concept.DOCKERFILE,
            "The builder only knows a fixed set of instructions; any other word at the start of a line stops the build. It is usually a typo, or a shell command whose line continuation was lost.",
            "Correct the keyword, or add the missing escape character at the end of the previous line.",
            List.of(), List.of());

    public DS001UnknownInstruction() {
        super(ParseIssue.Kind.UNKNOWN_INSTRUCTION);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
