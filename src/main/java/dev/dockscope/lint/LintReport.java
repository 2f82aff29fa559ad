package dev.dockscope.lint;

import java.util.List;

/**
 * The result of one lint run, the single model every output format renders.
 *
 * @param files    the files linted, in order
 * @param findings all findings that remain after ignores, sorted by file, line, column, rule
 * @param rules    metadata of every rule that has a finding (for SARIF rule tables and help text)
 * @param summary  counts
 */
public record LintReport(List<String> files, List<Finding> findings, List<RuleMeta> rules, Summary summary) {

    public record Summary(int files, int findings, int errors, int warnings, int infos, int styles, String failOn,
                          boolean failed) {
    }
}
