package dev.dockscope.lint;

/** One lint rule: its metadata and a check over a parsed Dockerfile. Implementations are stateless. */
public interface Rule {
    RuleMeta meta();

    void check(LintContext ctx, Reporter report);
}
