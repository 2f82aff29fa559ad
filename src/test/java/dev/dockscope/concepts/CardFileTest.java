package dev.dockscope.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The card reader reads every card file exactly as a full YAML parser (Jackson's, as the cards were read before). */
class CardFileTest {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @ParameterizedTest
    @EnumSource(Concept.class)
    void everyCardReadsAsAFullYamlParserReadsIt(Concept concept) throws Exception {
        String path = Cards.resource(concept);
        String text;
        try (InputStream in = Cards.class.getClassLoader().getResourceAsStream(path)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Card expected = YAML.readValue(text, Card.class);
        Card actual = CardFile.parse(path, text);
        assertEquals(expected, actual, path);
        assertEquals(expected, Cards.of(concept), path + " through Cards");
    }

    @Test
    void theSyntaxTheCardsUseReadsAsYamlDoes() throws Exception {
        String text = String.join("\n",
                "# a comment",
                "slug: demo",
                "title: 'It''s a demo'",
                "oneLine: \"quoted: with \\\"escapes\\\" and a # sign\"",
                "aliases: [one, two-words, x]",
                "explanation: |",
                "  First paragraph,",
                "  still first.",
                "",
                "  Second one.",
                "",
                "",
                "diagram: |2",
                "    indented by two more",
                "  ┌─┐",
                "",
                "  └─┘   ",
                "commands:",
                "  - command: docker inspect -f '{{json .State}}' NAME",
                "    shows: the state",
                "",
                "  - shows: order does not matter",
                "    command: dockscope learn",
                "mistakes:",
                "  - One.",
                "  - Two, with (parentheses) and -dashes.",
                "questions:",
                "  - question: Why?",
                "    answer: Because.",
                "related: []",
                "");
        assertEquals(YAML.readValue(text, Card.class), CardFile.parse("demo", text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "slug: a\nslug: b\n",                       // a key twice
        "slug: a\nnotAKey: b\n",                    // unknown key
        "slug: a #comment\n",                       // a comment after a value
        "slug: *anchor\n",                          // YAML features the cards do not use
        "explanation: >\n  folded\n",
        "aliases: [a, 'b']\n",
        "commands:\n  - command: x\n    colour: y\n",
        "mistakes:\n  - key: value\n",
        "  slug: indented\n",
        "title: \"unterminated\n",
    })
    void anythingElseIsRefusedWithItsLine(String text) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> CardFile.parse("bad.yaml", text));
        assertTrue(e.getMessage().startsWith("concept card bad.yaml line "), e.getMessage());
    }

    @Test
    void listsMayBeAbsentOrEmpty() {
        Card c = CardFile.parse("min", "slug: min\ntitle: Min\n");
        assertEquals("min", c.slug());
        assertEquals(List.of(), c.aliases());
        assertEquals(List.of(), c.commands());
    }
}
