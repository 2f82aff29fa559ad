package dev.dockscope.render.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class XmlTest {

    @Test
    void charactersXmlForbidsBecomeReplacementCharacters() {
        String nasty = "a\u0000b\u001bc\uD800d\uFFFEe\uFFFF";
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD", Xml.text(nasty));
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD", Xml.attr(nasty));
    }

    @Test
    void supplementaryCharactersAreKept() {
        assertEquals("🐳 ok", Xml.attr("🐳 ok"));
    }

    @Test
    void attributeAndTextRoundTripThroughTheJdkParser() {
        String s = "<a href=\"x\">&amp; 'q' ]]> \t\n\r\n日本";
        Element e = Dom.parse(Xml.DECLARATION + "<e v=\"" + Xml.attr(s) + "\">" + Xml.text(s) + "</e>")
                .getDocumentElement();
        assertEquals(s, e.getAttribute("v"));
        assertEquals(s, e.getTextContent());
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", Xml.attr(null));
        assertEquals("", Xml.text(null));
    }
}
