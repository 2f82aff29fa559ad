package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS004: Broken exec form (invalid JSON array). */
public final class DS004InvalidExecForm extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS004", Severity.ERROR, "Broken exec form (invalid JSON array)", Family.SYNTAX, Concept.DOCKERFILE,
            "A value that starts with [ but is not valid JSON (single quotes, a missing bracket or comma) is not an error to the builder: it quietly runs the text through /bin/sh -c instead, so the brackets and quotes end up in the command.",
            "Write a valid JSON array with double quotes: CMD [\"node\", \"server.js\"].",
            List.of(), List.of());

    public DS004InvalidExecForm() {
        super(ParseIssue.Kind.INVALID_JSON);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
