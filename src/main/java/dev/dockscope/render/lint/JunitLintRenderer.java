package dev.dockscope.render.lint;

import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.render.text.Palette;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for Jenkins, GitLab {@code artifacts:reports:junit}, Azure DevOps and other test-report viewers.
 *
 * <p>One {@code <testsuite>} per linted file; inside it one {@code <testcase>} per rule that fired in that file
 * (named "DS101 title", so a test's history follows a rule across runs even when line numbers change), its
 * {@code <failure>} listing every occurrence with position, message and fix. A clean file gets one passing
 * testcase, "no findings", so the file shows up as checked. A rule whose findings are all below {@code --fail-on}
 * is a passing testcase whose findings are in {@code <system-out>}: the report fails exactly when the exit code does.
 * Colour and width do not apply.
 */
public final class JunitLintRenderer implements LintRenderer {
    static final String CLEAN_CASE = "no findings";

    public JunitLintRenderer() {
    }

    private record Case(String name, String classname, List<Finding> findings, boolean failed) {
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        ReportView view = new ReportView(report);
        Severity failOn = view.failOn();
        Map<String, List<Case>> suites = new LinkedHashMap<>();
        int tests = 0;
        int failures = 0;
        for (Map.Entry<String, List<Finding>> file : view.byFile().entrySet()) {
            List<Case> cases = cases(file.getKey(), file.getValue(), view, failOn);
            suites.put(file.getKey(), cases);
            tests += cases.size();
            failures += (int) cases.stream().filter(Case::failed).count();
        }
        StringBuilder b = new StringBuilder(Xml.DECLARATION);
        b.append("<testsuites name=\"dockscope lint\" tests=\"").append(tests).append("\" failures=\"")
                .append(failures).append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (Map.Entry<String, List<Case>> suite : suites.entrySet()) {
            List<Case> cases = suite.getValue();
            long failed = cases.stream().filter(Case::failed).count();
            b.append("  <testsuite name=\"").append(Xml.attr(suite.getKey())).append("\" tests=\"")
                    .append(cases.size()).append("\" failures=\"").append(failed)
                    .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
            for (Case c : cases) {
                testcase(b, c, view);
            }
            b.append("  </testsuite>\n");
        }
        b.append("</testsuites>\n");
        return b.toString();
    }

    private static List<Case> cases(String file, List<Finding> findings, ReportView view, Severity failOn) {
        if (findings.isEmpty()) {
            return List.of(new Case(CLEAN_CASE, file, List.of(), false));
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        for (Finding f : findings) {
            byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Case> cases = new ArrayList<>();
        for (Map.Entry<String, List<Finding>> rule : byRule.entrySet()) {
            RuleMeta meta = view.rule(rule.getKey());
            String title = meta.title() != null ? meta.title() : rule.getValue().get(0).title();
            String name = title != null ? rule.getKey() + " " + title : rule.getKey();
            boolean failed = failOn != null && rule.getValue().stream()
                    .anyMatch(f -> f.severity() == null || f.severity().atLeast(failOn));
            cases.add(new Case(name, file, rule.getValue(), failed));
        }
        return cases;
    }

    private static void testcase(StringBuilder b, Case c, ReportView view) {
        b.append("    <testcase name=\"").append(Xml.attr(c.name())).append("\" classname=\"")
                .append(Xml.attr(c.classname())).append("\" time=\"0\"");
        if (c.findings().isEmpty()) {
            b.append("/>\n");
            return;
        }
        b.append(">\n");
        String details = details(c.findings(), view.rule(c.findings().get(0).rule()));
        if (c.failed()) {
            Finding first = c.findings().get(0);
            String message = c.findings().size() == 1
                    ? position(first) + " " + first.message()
                    : c.findings().size() + " findings, first at " + position(first) + ": " + first.message();
            b.append("      <failure message=\"").append(Xml.attr(message)).append("\" type=\"")
                    .append(Xml.attr(first.severity() != null ? first.severity().id() : "warning")).append("\">")
                    .append(Xml.text(details)).append("</failure>\n");
        } else {
            b.append("      <system-out>").append(Xml.text(details)).append("</system-out>\n");
        }
        b.append("    </testcase>\n");
    }

    private static String details(List<Finding> findings, RuleMeta rule) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            b.append(position(f)).append(' ').append(f.severity() != null ? f.severity().id() : "warning")
                    .append(' ').append(f.rule()).append(": ").append(indent(f.message(), "  ")).append('\n');
            if (f.sourceLine() != null) {
                b.append("    | ").append(f.sourceLine()).append('\n');
            }
            if (f.fix() != null) {
                b.append("  fix: ").append(indent(f.fix(), "       ")).append('\n');
            }
        }
        if (rule.concept() != null) {
            b.append(rule.concept().footer(false)).append('\n');
        }
        b.append("explain: dockscope lint --explain ").append(rule.id()).append('\n');
        return b.toString();
    }

    /** Continuation lines of a multi-line message or fix, indented under their first line. */
    private static String indent(String s, String prefix) {
        return s == null ? "" : s.replace("\r\n", "\n").replace("\n", "\n" + prefix);
    }

    private static String position(Finding f) {
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
