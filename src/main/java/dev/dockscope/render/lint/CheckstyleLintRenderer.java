package dev.dockscope.render.lint;

import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.Severity;
import dev.dockscope.render.text.Palette;
import java.util.List;
import java.util.Map;

/**
 * Checkstyle XML (format 4.3), read by reviewdog, Jenkins Warnings NG, SonarQube's generic import, Danger and most
 * editors: every linted file is listed (an empty {@code <file>} means it was checked and clean), one {@code <error>}
 * per finding, {@code source="dockscope.DS101"}. Severities: error, warning, info (info and style). File names are
 * written as given on the command line. Colour and width do not apply.
 */
public final class CheckstyleLintRenderer implements LintRenderer {

    public CheckstyleLintRenderer() {
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        ReportView view = new ReportView(report);
        StringBuilder b = new StringBuilder(Xml.DECLARATION);
        b.append("<checkstyle version=\"4.3\">\n");
        for (Map.Entry<String, List<Finding>> file : view.byFile().entrySet()) {
            if (file.getValue().isEmpty()) {
                b.append("  <file name=\"").append(Xml.attr(file.getKey())).append("\"/>\n");
                continue;
            }
            b.append("  <file name=\"").append(Xml.attr(file.getKey())).append("\">\n");
            for (Finding f : file.getValue()) {
                b.append("    <error");
                if (f.line() >= 1) {
                    b.append(" line=\"").append(f.line()).append('"');
                }
                if (f.column() >= 1) {
                    b.append(" column=\"").append(f.column()).append('"');
                }
                b.append(" severity=\"").append(severity(f.severity())).append('"');
                b.append(" message=\"").append(Xml.attr(f.message())).append('"');
                b.append(" source=\"dockscope.").append(Xml.attr(f.rule())).append("\"/>\n");
            }
            b.append("  </file>\n");
        }
        b.append("</checkstyle>\n");
        return b.toString();
    }

    static String severity(Severity s) {
        if (s == null) {
            return "warning";
        }
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "info";
        };
    }
}
