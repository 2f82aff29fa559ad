package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS002: Instruction with missing or malformed arguments. */
public final class DS002MalformedInstruction extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS002", Severity.ERROR, "Instruction with missing or malformed arguments", Family.SYNTAX, Concept.DOCKERFILE,
            "An instruction without the arguments it needs (FROM without an image, COPY without a destination, FROM with extra words) is rejected by the builder before any step runs.",
            "Give the instruction its arguments: FROM image [AS name], COPY src... dest.",
            List.of(), List.of());

    public DS002MalformedInstruction() {
        super(ParseIssue.Kind.BAD_ARGUMENTS);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
