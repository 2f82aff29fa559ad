package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS008: Parser directive ignored or invalid. */
public final class DS008MisplacedDirective extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS008", Severity.WARNING, "Parser directive ignored or invalid", Family.SYNTAX, Concept.DOCKERFILE,
            "Parser directives (syntax, escape, check) only count at the very top of the file, before any blank line, comment or instruction. Anywhere else they are plain comments, so the frontend or escape character you asked for is not used.",
            "Move the directive to the first lines of the file, give it once, and use only \\ or ` as the escape character.",
            List.of(), List.of());

    public DS008MisplacedDirective() {
        super(ParseIssue.Kind.BAD_DIRECTIVE);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
