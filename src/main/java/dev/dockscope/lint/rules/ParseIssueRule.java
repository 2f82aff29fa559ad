package dev.dockscope.lint.rules;

import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.dockerfile.ParseIssue;

/** Base for syntax rules: reports the parser's issues of one kind, with the parser's own message. */
abstract class ParseIssueRule implements Rule {
    private final ParseIssue.Kind kind;

    ParseIssueRule(ParseIssue.Kind kind) {
        this.kind = kind;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (ParseIssue i : ctx.df().issues()) {
            if (i.kind() == kind) {
                report.report(i.pos(), i.message());
            }
        }
    }
}
