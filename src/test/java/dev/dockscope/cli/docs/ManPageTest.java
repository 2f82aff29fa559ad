package dev.dockscope.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class ManPageTest {
    private final SortedMap<String, String> files = DocGen.render(SampleCommands.commandLine());

    private String page(String name) {
        String p = files.get("man/" + name + ".1");
        assertTrue(p != null, "no page " + name + " in " + files.keySet());
        return p;
    }

    private static void assertContains(String page, String expected) {
        assertTrue(page.contains(expected), "missing\n" + expected + "\nin\n" + page);
    }

    @Test
    void everyVisibleCommandGetsAPageNamedByItsPath() {
        assertEquals(List.of("man/tool-check.1", "man/tool-help.1", "man/tool-remote-add.1", "man/tool-remote.1",
                "man/tool.1"), files.keySet().stream().filter(k -> k.startsWith("man/")).toList());
    }

    @Test
    void headerAndNameUseThePagePath() {
        String p = page("tool-remote-add");
        assertContains(p, ".TH \"TOOL\\-REMOTE\\-ADD\" \"1\" \"\" \"tool\" \"tool Manual\"\n");
        assertContains(p, ".SH NAME\ntool\\-remote\\-add \\- Add a remote\n");
        assertContains(p, ".SH SYNOPSIS\n\\fBtool remote add\\fR\n[\\fB\\-\\-name\\fR\\ \\fI<name>\\fR]\n");
    }

    @Test
    void optionsListAllNamesAndTheParamLabel() {
        String p = page("tool-check");
        assertContains(p, ".TP\n\\fB\\-f\\fR, \\fB\\-\\-fail\\-on\\fR \\fILEVEL\\fR\nFail at or above (default: error).\n");
        assertContains(p, ".TP\n\\fB\\-\\-config\\fR \\fIFILE\\fR\nRules file, e.g. \\(aqstrict.yaml\\(aq or C:\\erules.\n");
    }

    @Test
    void descriptionLineStartingWithADotIsNotARequest() {
        assertContains(page("tool-check"), ".PP\n\\&.dot starts this line\n");
    }

    @Test
    void rootPageListsTheWholeTreeButNotHiddenCommands() {
        String p = page("tool");
        assertContains(p, ".SH COMMANDS\n.TP\n\\fBcheck\\fR\nCheck a Dockerfile.\nSee \\fBtool\\-check\\fR(1).\n");
        assertContains(p, ".TP\n\\fBremote add\\fR\nAdd a remote.\nSee \\fBtool\\-remote\\-add\\fR(1).\n");
        assertTrue(!p.contains("secret") && !p.contains("Hidden"), p);
    }

    @Test
    void exitCodesAndEnvironmentComeFromTheHelp() {
        String p = page("tool");
        assertContains(p, ".SH EXIT STATUS\n.TP\n\\fB0\\fR\nok\n.TP\n\\fB2\\fR\nusage error\n");
        assertContains(p, ".SH ENVIRONMENT\n.TP\n\\fBTOOL_HOME\\fR\nwhere it\\(aqs kept\n.TP\n\\fBNO_COLOR\\fR\nnever colour\n");
    }

    @Test
    void seeAlsoLinksRootParentAndChildren() {
        assertContains(page("tool-remote-add"), ".SH SEE ALSO\n.BR tool (1),\n.BR tool\\-remote (1)\n");
        assertContains(page("tool-remote"), ".SH SEE ALSO\n.BR tool (1),\n.BR tool\\-remote\\-add (1)\n");
    }

    @Test
    void pagesArePureAscii() {
        for (var e : files.entrySet()) {
            if (e.getKey().startsWith("man/")) {
                assertTrue(e.getValue().chars().allMatch(c -> c < 0x80), e.getKey() + ":\n" + e.getValue());
            }
        }
    }
}
