package dev.dockscope.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.render.text.CardAscii;
import dev.dockscope.render.text.TextWidth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CardsTest {
    /** Diagrams are drawn to fit a 60-column terminal with the renderer's two-column indent. */
    static final int MAX_DIAGRAM_WIDTH = 58;

    @Test
    void thereIsOneCardFilePerConceptInConceptOrder() {
        List<Card> cards = Cards.all();
        assertEquals(Concept.values().length, cards.size());
        for (Concept c : Concept.values()) {
            assertEquals(c.slug(), cards.get(c.ordinal()).slug(), "card file concepts/" + c.slug() + ".yaml");
        }
    }

    @ParameterizedTest
    @EnumSource(Concept.class)
    void everyFieldOfTheCardIsFilled(Concept concept) {
        Card c = Cards.of(concept);
        String where = "concepts/" + concept.slug() + ".yaml: ";
        assertEquals(concept.title(), c.title(), where + "title must match the Concept enum");
        assertEquals(concept.oneLine(), c.oneLine(), where + "oneLine must match the Concept enum");
        assertTrue(c.paragraphs().size() >= 2, where + "explanation needs at least two paragraphs");
        assertTrue(c.diagramLines().size() >= 3, where + "diagram is missing");
        assertFalse(c.aliases().isEmpty(), where + "aliases");
        assertTrue(c.commands().size() >= 2, where + "at least two commands");
        c.commands().forEach(x -> {
            assertFalse(blank(x.command()), where + "a command is empty");
            assertFalse(blank(x.shows()), where + "command " + x.command() + " says nothing about what it shows");
        });
        assertTrue(c.commands().stream().anyMatch(x -> x.command().startsWith("docker ")), where + "a docker command");
        assertTrue(c.commands().stream().anyMatch(x -> x.command().startsWith("dockscope ")), where + "a dockscope command");
        assertTrue(c.mistakes().size() >= 3, where + "at least three common mistakes");
        c.mistakes().forEach(m -> assertFalse(blank(m), where + "an empty mistake"));
        assertEquals(3, c.questions().size(), where + "three self-check questions");
        c.questions().forEach(q -> {
            assertFalse(blank(q.question()), where + "an empty question");
            assertFalse(blank(q.answer()), where + "question '" + q.question() + "' has no answer");
        });
        assertFalse(c.related().isEmpty(), where + "related cards");
    }

    @ParameterizedTest
    @EnumSource(Concept.class)
    void dockscopeCommandsACardNamesExist(Concept concept) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("\\bdockscope ([a-z-]+)");
        Card c = Cards.of(concept);
        for (Card.Command cmd : c.commands()) {
            java.util.regex.Matcher m = p.matcher(cmd.command());
            while (m.find()) {
                var r = dev.dockscope.support.Cli.create().env("DOCKER_HOST", "unix:///nonexistent.sock")
                        .run(m.group(1), "--help");
                assertTrue(r.exitCode() == 0, c.slug() + " names a command that does not exist: " + cmd.command()
                        + r.describe());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Concept.class)
    void relatedSlugsNameOtherExistingCards(Concept concept) {
        Card c = Cards.of(concept);
        Set<String> seen = new HashSet<>();
        for (String r : c.related()) {
            assertTrue(Concept.bySlug(r).isPresent(), c.slug() + " relates to unknown card " + r);
            assertNotEquals(c.slug(), r, c.slug() + " relates to itself");
            assertTrue(seen.add(r), c.slug() + " lists " + r + " twice");
        }
    }

    @ParameterizedTest
    @EnumSource(Concept.class)
    void diagramFitsSixtyColumnsAndHasAnAsciiForm(Concept concept) {
        Card c = Cards.of(concept);
        for (String line : c.diagramLines()) {
            assertTrue(TextWidth.of(line) <= MAX_DIAGRAM_WIDTH, c.slug() + " diagram line is "
                    + TextWidth.of(line) + " columns: " + line);
            assertTrue(CardAscii.diagramCovered(line), c.slug() + " diagram uses a character with no ASCII form: " + line);
            String ascii = CardAscii.diagram(line);
            assertTrue(ascii.chars().allMatch(ch -> ch < 0x80), c.slug() + " ASCII diagram: " + ascii);
            assertEquals(TextWidth.of(line), TextWidth.of(ascii), c.slug() + " ASCII diagram changes the columns: " + ascii);
        }
    }

    @ParameterizedTest
    @EnumSource(Concept.class)
    void proseHasAnAsciiFormWithoutPlaceholders(Concept concept) {
        Card c = Cards.of(concept);
        StringBuilder all = new StringBuilder(c.title()).append(c.oneLine()).append(c.explanation());
        c.commands().forEach(x -> all.append(x.command()).append(x.shows()));
        c.mistakes().forEach(all::append);
        c.questions().forEach(q -> all.append(q.question()).append(q.answer()));
        assertTrue(CardAscii.proseCovered(all.toString()), c.slug() + " prose uses a character with no ASCII form");
    }

    @Test
    void slugsAndAliasesDoNotCollideBetweenCards() {
        Set<String> keys = new HashSet<>();
        for (Card c : Cards.all()) {
            assertTrue(keys.add(c.slug()), "duplicate key " + c.slug());
            for (String a : c.aliases()) {
                assertTrue(keys.add(CardMatcher.normalise(a)), "alias " + a + " of " + c.slug() + " is used twice");
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
