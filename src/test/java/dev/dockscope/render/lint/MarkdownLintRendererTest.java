package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.LintReport;
import dev.dockscope.render.text.Palette;
import dev.dockscope.support.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownLintRendererTest {

    private static String render(LintReport report) {
        return new MarkdownLintRenderer().render(report, Palette.plain(), 80);
    }

    @Test
    void sampleMatchesGolden() {
        Golden.assertMatches(getClass(), "sample.md", render(LintReports.sample()));
    }

    @Test
    void cleanReportMatchesGolden() {
        Golden.assertMatches(getClass(), "clean.md", render(LintReports.clean()));
    }

    @Test
    void emptyReportMatchesGolden() {
        Golden.assertMatches(getClass(), "empty.md", render(LintReports.empty()));
    }

    @Test
    void everyTableRowHasExactlyFiveCells() {
        LintReport report = LintReports.sample();
        List<String> rows = render(report).lines().filter(l -> l.startsWith("| ")).toList();
        assertEquals(report.findings().size() + 2, rows.size(), "header, separator, one row per finding");
        for (String row : rows) {
            assertEquals(6, unescapedPipes(row), row);
        }
    }

    @Test
    void fileTextCannotInjectMarkupOrControlCharacters() {
        String md = render(LintReports.sample());
        assertFalse(md.chars().anyMatch(c -> c < 0x20 && c != '\n'), "raw control character in Markdown");
        assertFalse(md.contains("<everything>"), "HTML-looking text is escaped");
        assertTrue(md.contains("&lt;everything&gt;"), md);
        assertTrue(md.contains("\\`COPY . .\\`"), "backticks from messages are literal");
        assertFalse(md.contains("@angular"), "no @mention: " + md);
        assertTrue(md.contains("first:<br>COPY package\\*.json ./<br>RUN npm ci"), "newlines stay in the cell");
    }

    @Test
    void longReportsAreCutAndSaySo() {
        String md = new MarkdownLintRenderer(2).render(LintReports.sample(), Palette.plain(), 80);
        assertEquals(4, md.lines().filter(l -> l.startsWith("| ")).count(), md);
        assertTrue(md.contains("_5 more findings not shown;"), md);
    }

    @Test
    void asciiDropsTheStatusEmoji() {
        String md = new MarkdownLintRenderer().render(LintReports.clean(), new Palette(false, true), 80);
        assertTrue(md.contains("\nNo findings in 2 files.\n"), md);
    }

    private static int unescapedPipes(String row) {
        int n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
