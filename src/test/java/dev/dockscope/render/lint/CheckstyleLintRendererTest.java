package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.render.text.Palette;
import dev.dockscope.support.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CheckstyleLintRendererTest {

    private static String render(LintReport report) {
        return new CheckstyleLintRenderer().render(report, Palette.plain(), 80);
    }

    @Test
    void sampleMatchesGolden() {
        Golden.assertMatches(getClass(), "sample.xml", render(LintReports.sample()));
    }

    @Test
    void emptyReportMatchesGolden() {
        Golden.assertMatches(getClass(), "empty.xml", render(LintReports.empty()));
    }

    @Test
    void everyFileIsListedAndEveryFindingIsOneError() {
        LintReport report = LintReports.sample();
        Element root = Dom.parse(render(report)).getDocumentElement();
        assertEquals("checkstyle", root.getTagName());
        assertEquals("4.3", root.getAttribute("version"));
        List<Element> files = Dom.children(root, "file");
        assertEquals(report.files(), files.stream().map(e -> e.getAttribute("name")).toList());
        List<Element> errors = files.stream().flatMap(f -> Dom.children(f, "error").stream()).toList();
        assertEquals(report.findings().size(), errors.size());
        assertEquals(0, Dom.children(files.get(3), "error").size(), "the clean file has no errors");
        for (int i = 0; i < errors.size(); i++) {
            Finding f = report.findings().get(i);
            Element e = errors.get(i);
            assertEquals("dockscope." + f.rule(), e.getAttribute("source"));
            assertEquals(f.line() >= 1 ? String.valueOf(f.line()) : "", e.getAttribute("line"));
            assertEquals(f.column() >= 1 ? String.valueOf(f.column()) : "", e.getAttribute("column"));
        }
        assertEquals(List.of("warning", "warning", "error", "warning", "info", "info", "error"),
                errors.stream().map(e -> e.getAttribute("severity")).toList());
    }

    @Test
    void messagesRoundTripThroughTheParserExceptCharactersXmlForbids() {
        LintReport report = LintReports.sample();
        List<Element> errors = Dom.children(Dom.parse(render(report)).getDocumentElement(), "file").stream()
                .flatMap(f -> Dom.children(f, "error").stream()).toList();
        assertEquals(report.findings().get(1).message(), errors.get(1).getAttribute("message"), "| < > ` survive");
        assertEquals(report.findings().get(2).message(), errors.get(2).getAttribute("message"), "quotes and &");
        assertEquals(report.findings().get(5).message(), errors.get(5).getAttribute("message"), "non-ASCII");
        assertEquals("Keyword \uFFFD[31mrun\uFFFD[0m\uFFFD should be upper case like the others",
                errors.get(4).getAttribute("message"), "ESC and BEL are not XML 1.0 characters");
    }

    @Test
    void newlinesInAMessageSurviveAttributeNormalisation() {
        LintReport base = LintReports.sample();
        Finding f = base.findings().get(0);
        Finding multi = new Finding(f.file(), 1, 1, f.rule(), f.severity(), f.title(), "two\nlines\tand a\r", null,
                f.concept(), null);
        String xml = render(new LintReport(List.of(f.file()), List.of(multi), base.rules(), base.summary()));
        Element error = Dom.children(Dom.children(Dom.parse(xml).getDocumentElement(), "file").get(0), "error").get(0);
        assertEquals("two\nlines\tand a\r", error.getAttribute("message"));
        assertFalse(xml.contains("two\n"), xml);
    }
}
