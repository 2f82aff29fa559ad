package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS006: No instructions. */
public final class DS006NoInstructions extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS006", Severity.ERROR, "No instructions", Family.SYNTAX, Concept.DOCKERFILE,
            "A Dockerfile that is empty or holds only comments cannot build anything; the builder stops with an error.",
            "Add a FROM instruction, or stop passing this file to the build.",
            List.of(), List.of());

    public DS006NoInstructions() {
        super(ParseIssue.Kind.NO_INSTRUCTIONS);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
