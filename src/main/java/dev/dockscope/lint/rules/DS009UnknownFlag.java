package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS009: Unknown instruction flag. */
public final class DS009UnknownFlag extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS009", Severity.ERROR, "Unknown instruction flag", Family.SYNTAX, Concept.DOCKERFILE,
            "Each instruction accepts a fixed set of flags (COPY --from/--chown/--chmod/--link, RUN --mount/--network, FROM --platform...). Anything else, often a typo like --form, fails the build.",
            "Correct the flag name or remove it.",
            List.of(), List.of());

    public DS009UnknownFlag() {
        super(ParseIssue.Kind.UNKNOWN_FLAG);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
