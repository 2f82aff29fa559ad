package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.ParseIssue;
import java.util.List;

/** DS003: Here-document never closed. */
public final class DS003UnterminatedHeredoc extends ParseIssueRule {
    static final RuleMeta META = new RuleMeta("DS003", Severity.ERROR, "Here-document never closed", Family.SYNTAX, Concept.DOCKERFILE,
            "A here-document runs until a line that holds only its delimiter. Without that line it swallows the rest of the file, and every later instruction silently becomes part of the script.",
            "Add a line with only the delimiter (for <<-EOF it may be indented with tabs) where the here-document should end.",
            List.of(), List.of());

    public DS003UnterminatedHeredoc() {
        super(ParseIssue.Kind.UNTERMINATED_HEREDOC);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }
}
