package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void literalNeutralisesMarkdownAndHtml() {
        assertEquals("a \\| b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\~g\\~ \\\\ &lt;b&gt; &amp;",
                Markdown.literal("a | b `c` *d* _e_ [f] ~g~ \\ <b> &"));
    }

    @Test
    void literalKeepsOneLineAndBreaksMentions() {
        assertEquals("one<br>two @&#8203;team and a@ b", Markdown.literal("one\r\ntwo @team and a@ b"));
    }

    @Test
    void literalStripsEscapeSequences() {
        assertEquals("red", Markdown.literal("\u001b[31mred\u001b[0m"));
    }

    @Test
    void authoredKeepsCodeSpansAndEscapesTheRest() {
        assertEquals("use `a|b` &lt;here&gt;", Markdown.authored("use `a|b` <here>", false));
        assertEquals("use `a\\|b` \\| x", Markdown.authored("use `a|b` | x", true));
    }

    @Test
    void authoredTreatsAnUnbalancedBacktickLiterally() {
        assertEquals("a \\`b", Markdown.authored("a `b", false));
    }
}
