package dev.dockscope.render.lint;

import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.model.text.Plural;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.text.Palette;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub-flavoured Markdown for PR comments and CI job summaries ({@code $GITHUB_STEP_SUMMARY}, GitLab notes): a
 * summary line, a table of findings (location, rule, severity, message, fix) and a collapsible card per rule with
 * its rationale, fix, concept and hadolint/BuildKit equivalents. Text from files is escaped so it shows literally
 * and cannot break the table, inject HTML or mention anyone. The table stops after {@code maxRows} rows (a PR
 * comment holds 65,536 characters) and says how many were left out. Width does not apply (a table row is one
 * line); colour never does; {@code --ascii} drops the two status emoji.
 */
public final class MarkdownLintRenderer implements LintRenderer {
    static final int DEFAULT_MAX_ROWS = 100;

    private final int maxRows;

    public MarkdownLintRenderer() {
        this(DEFAULT_MAX_ROWS);
    }

    public MarkdownLintRenderer(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        ReportView view = new ReportView(report);
        boolean emoji = palette == null || !palette.ascii();
        List<Finding> findings = view.findings();
        StringBuilder b = new StringBuilder("### dockscope lint\n\n");
        int files = view.byFile().size();
        if (findings.isEmpty()) {
            b.append(emoji ? "✅ " : "")
                    .append(files == 0 ? "No Dockerfiles were linted." : "No findings in "
                            + Plural.of(files, "file", "files") + ".")
                    .append("\n");
            return b.toString();
        }
        b.append(summary(view, emoji)).append("\n\n");
        b.append("| Location | Rule | Severity | Message | Fix |\n");
        b.append("| --- | --- | --- | --- | --- |\n");
        int shown = Math.min(findings.size(), Math.max(0, maxRows));
        for (Finding f : findings.subList(0, shown)) {
            b.append("| ").append(Markdown.literal(location(f)))
                    .append(" | ").append(Markdown.literal(f.rule()))
                    .append(" | ").append(f.severity() != null ? f.severity().id() : "")
                    .append(" | ").append(Markdown.literal(f.message()))
                    .append(" | ").append(Markdown.literal(f.fix()))
                    .append(" |\n");
        }
        if (shown < findings.size()) {
            b.append("\n_").append(Plural.of(findings.size() - shown, "more finding", "more findings"))
                    .append(" not shown; the text, SARIF or JSON output has them all._\n");
        }
        Map<String, Integer> perRule = new LinkedHashMap<>();
        for (RuleMeta rule : view.rules()) {
            perRule.put(rule.id(), 0);
        }
        findings.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
        for (RuleMeta rule : view.rules()) {
            int n = perRule.get(rule.id());
            if (n > 0) {
                b.append('\n').append(card(rule, n));
            }
        }
        return b.toString();
    }

    private static String summary(ReportView view, boolean emoji) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        long filesWithFindings = view.byFile().values().stream().filter(l -> !l.isEmpty()).count();
        for (Finding f : view.findings()) {
            if (f.severity() != null) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        StringBuilder b = new StringBuilder();
        LintReport.Summary s = view.report().summary();
        if (s != null && emoji) {
            b.append(s.failed() ? "❌ " : "✅ ");
        }
        b.append("**").append(Plural.of(view.findings().size(), "finding", "findings")).append("** in ")
                .append(filesWithFindings).append(" of ").append(Plural.of(view.byFile().size(), "file", "files"))
                .append(": ");
        String sep = "";
        for (Severity sev : Severity.values()) {
            int n = counts.getOrDefault(sev, 0);
            if (n > 0) {
                String id = sev.id();
                b.append(sep).append(n).append(' ').append(n == 1 || sev == Severity.INFO || sev == Severity.STYLE
                        ? id : id + "s");
                sep = ", ";
            }
        }
        b.append('.');
        if (s != null && s.failOn() != null) {
            b.append(s.failed() ? " **Failed**" : " Passed").append(" (`--fail-on ")
                    .append(Sanitizer.line(s.failOn()).replace("`", "")).append("`)."); // as the user typed it
        }
        return b.toString();
    }

    private static String card(RuleMeta rule, int count) {
        StringBuilder b = new StringBuilder("<details>\n<summary><b>");
        // inside an HTML block Markdown is not parsed: only HTML escaping applies (ids and titles are the catalogue's
        // own text, no file or daemon data)
        b.append(Xml.text(rule.id())).append("</b> ")
                .append(Xml.text(rule.title() != null ? rule.title() : ""))
                .append(" (").append(Plural.of(count, "finding", "findings")).append(")</summary>\n\n");
        if (rule.rationale() != null) {
            b.append(Markdown.authored(rule.rationale(), false)).append("\n\n");
        }
        if (rule.fix() != null) {
            b.append("**Fix:** ").append(Markdown.authored(rule.fix(), false)).append("\n\n");
        }
        StringBuilder meta = new StringBuilder();
        if (rule.concept() != null) {
            meta.append("Concept: ").append(Markdown.literal(rule.concept().title())).append(" (`dockscope learn ")
                    .append(rule.concept().slug()).append("`)");
        }
        if (rule.hadolint() != null && !rule.hadolint().isEmpty()) {
            meta.append(meta.length() > 0 ? " · " : "").append("hadolint: ")
                    .append(Markdown.literal(String.join(", ", rule.hadolint())));
        }
        if (rule.buildkit() != null && !rule.buildkit().isEmpty()) {
            meta.append(meta.length() > 0 ? " · " : "").append("BuildKit: ")
                    .append(Markdown.literal(String.join(", ", rule.buildkit())));
        }
        meta.append(meta.length() > 0 ? " · " : "").append("`dockscope lint --explain ")
                .append(rule.id().replace("`", "")).append('`');
        b.append(meta).append("\n\n</details>\n");
        return b.toString();
    }

    private static String location(Finding f) {
        StringBuilder b = new StringBuilder(f.file() == null ? "" : f.file());
        if (f.line() >= 1) {
            b.append(':').append(f.line());
            if (f.column() >= 1) {
                b.append(':').append(f.column());
            }
        }
        return b.toString();
    }
}
