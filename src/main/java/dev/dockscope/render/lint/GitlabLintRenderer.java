package dev.dockscope.render.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.Severity;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import java.util.List;

/**
 * GitLab Code Quality report (a subset of the Code Climate issue format), for {@code artifacts:reports:codequality}:
 * a JSON array with one issue per finding. Paths are repository-relative with forward slashes. The fingerprint is
 * SHA-256 over file, rule, the finding's line content and its occurrence index, so GitLab's merge-request widget
 * matches findings across pipelines even when lines move. Colour and width do not apply.
 */
public final class GitlabLintRenderer implements LintRenderer {

    public GitlabLintRenderer() {
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        ReportView view = new ReportView(report);
        ArrayNode issues = Json.MAPPER.createArrayNode();
        List<Finding> findings = view.findings();
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            ObjectNode issue = issues.addObject();
            issue.put("type", "issue");
            issue.put("check_name", f.rule());
            issue.put("description", f.rule() + ": " + (f.message() != null ? f.message() : f.title()));
            if (f.fix() != null) {
                issue.putObject("content").put("body", "Fix: " + f.fix());
            }
            issue.putArray("categories").add(category(view.rule(f.rule()).family(), f.severity()));
            issue.put("severity", severity(f.severity()));
            issue.put("fingerprint", view.fingerprint(i));
            ObjectNode location = issue.putObject("location");
            location.put("path", ReportView.uriPath(f.file()));
            location.putObject("lines").put("begin", Math.max(1, f.line()));
        }
        return Json.write(issues) + "\n";
    }

    /** GitLab's five levels: error is critical, warning major, info minor, style info; blocker is not used. */
    static String severity(Severity s) {
        if (s == null) {
            return "major";
        }
        return switch (s) {
            case ERROR -> "critical";
            case WARNING -> "major";
            case INFO -> "minor";
            case STYLE -> "info";
        };
    }

    private static String category(Family family, Severity severity) {
        if (severity == Severity.STYLE) {
            return "Style";
        }
        if (family == null) {
            return "Bug Risk";
        }
        return switch (family) {
            case CACHE, SIZE -> "Performance";
            case SECURITY -> "Security";
            case CORRECTNESS, SYNTAX -> "Bug Risk";
        };
    }
}
