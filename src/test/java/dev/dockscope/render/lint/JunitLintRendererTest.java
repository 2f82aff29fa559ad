package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.LintReport;
import dev.dockscope.render.text.Palette;
import dev.dockscope.support.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class JunitLintRendererTest {

    private static String render(LintReport report) {
        return new JunitLintRenderer().render(report, Palette.plain(), 80);
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
    void cleanReportMatchesGolden() {
        Golden.assertMatches(getClass(), "clean.xml", render(LintReports.clean()));
    }

    @Test
    void countsInAttributesMatchTheElements() {
        for (LintReport report : List.of(LintReports.sample(), LintReports.clean(), LintReports.empty(),
                LintReports.withFailOn(LintReports.sample(), "none", false),
                LintReports.withFailOn(LintReports.sample(), "style", true))) {
            String xml = render(report);
            Element root = Dom.parse(xml).getDocumentElement();
            assertEquals("testsuites", root.getTagName(), xml);
            int tests = 0;
            int failures = 0;
            for (Element suite : Dom.children(root, "testsuite")) {
                List<Element> cases = Dom.children(suite, "testcase");
                long failed = cases.stream().filter(c -> !Dom.children(c, "failure").isEmpty()).count();
                assertEquals(cases.size(), Dom.intAttr(suite, "tests"), xml);
                assertEquals(failed, Dom.intAttr(suite, "failures"), xml);
                assertEquals(0, Dom.intAttr(suite, "errors"), xml);
                tests += cases.size();
                failures += (int) failed;
            }
            assertEquals(tests, Dom.intAttr(root, "tests"), xml);
            assertEquals(failures, Dom.intAttr(root, "failures"), xml);
        }
    }

    @Test
    void oneSuitePerFileAndOneCasePerRuleThatFired() {
        Element root = Dom.parse(render(LintReports.sample())).getDocumentElement();
        List<Element> suites = Dom.children(root, "testsuite");
        assertEquals(LintReports.sample().files(), suites.stream().map(s -> s.getAttribute("name")).toList());
        assertEquals(List.of("DS301 Pin the base image", "DS101 Copy manifests before installing",
                        "DS402 No secrets in ARG or ENV"),
                Dom.children(suites.get(0), "testcase").stream().map(c -> c.getAttribute("name")).toList());
        Element ds101 = Dom.children(suites.get(0), "testcase").get(1);
        String body = Dom.children(ds101, "failure").get(0).getTextContent();
        assertTrue(body.contains("services/api/Dockerfile:5:1 warning DS101") && body.contains(
                "services/api/Dockerfile:12:1 warning DS101"), body);
        assertTrue(body.contains("  fix: Copy package.json & package-lock.json first:\n       COPY package*.json ./\n       RUN npm ci\n"), body);
        assertTrue(Dom.children(ds101, "failure").get(0).getAttribute("message").startsWith("2 findings"));
    }

    @Test
    void cleanFileGetsOnePassingCase() {
        Element clean = Dom.children(Dom.parse(render(LintReports.sample())).getDocumentElement(), "testsuite").get(3);
        List<Element> cases = Dom.children(clean, "testcase");
        assertEquals(1, cases.size());
        assertEquals(JunitLintRenderer.CLEAN_CASE, cases.get(0).getAttribute("name"));
        assertEquals(0, cases.get(0).getChildNodes().getLength());
    }

    @Test
    void findingsBelowFailOnPassWithTheirTextInSystemOut() {
        Element dev = Dom.children(Dom.parse(render(LintReports.sample())).getDocumentElement(), "testsuite").get(1);
        for (Element c : Dom.children(dev, "testcase")) {
            assertEquals(0, Dom.children(c, "failure").size(), "style and info are below --fail-on warning");
            assertEquals(1, Dom.children(c, "system-out").size());
        }
        String none = render(LintReports.withFailOn(LintReports.sample(), "none", false));
        assertEquals(0, Dom.intAttr(Dom.parse(none).getDocumentElement(), "failures"), none);
        String style = render(LintReports.withFailOn(LintReports.sample(), "style", true));
        assertEquals(6, Dom.intAttr(Dom.parse(style).getDocumentElement(), "failures"), style);
    }
}
