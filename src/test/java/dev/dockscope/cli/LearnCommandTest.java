package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.concepts.Concept;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import dev.dockscope.support.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dockscope learn} without a daemon: DOCKER_HOST points at a socket that does not exist. */
class LearnCommandTest {
    @TempDir
    Path tmp;

    private Cli cli() {
        return Cli.create().env("DOCKER_HOST", "unix://" + tmp.resolve("no-daemon.sock"));
    }

    private static JsonNode json(Cli.Result r) throws Exception {
        return Json.MAPPER.readTree(r.out());
    }

    @Test
    void listWithoutADaemonShowsAllCardsSaysNoneIsReachableAndExitsZero() {
        Cli.Result r = cli().run("learn", "--color", "never", "--width", "80").assertExit(0);
        for (Concept c : Concept.values()) {
            assertTrue(r.out().contains(c.slug()), c.slug() + r.describe());
        }
        assertTrue(r.out().contains("No Docker daemon is reachable"), r.describe());
        assertTrue(r.out().contains("no-daemon.sock"), r.describe());
        assertTrue(r.out().contains("DOCKER_HOST"), "says how to point at a daemon" + r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void listAsJsonHasSlugTitleOneLineAndNullLiveWithoutADaemon() throws Exception {
        Cli.Result r = cli().run("learn", "-o", "json").assertExit(0);
        JsonNode cards = json(r).get("cards");
        assertEquals(12, cards.size(), r.describe());
        JsonNode first = cards.get(0);
        assertEquals("container", first.get("slug").asText(), r.describe());
        assertEquals("Container", first.get("title").asText(), r.describe());
        assertEquals(Concept.CONTAINER.oneLine(), first.get("oneLine").asText(), r.describe());
        assertTrue(first.has("live") && first.get("live").isNull(), r.describe());
        assertFalse(json(r).has("search"), r.describe());
    }

    @Test
    void listWithNoLiveDoesNotTouchTheDaemon() {
        Cli.Result r = cli().run("learn", "--no-live", "--color", "never", "--width", "80").assertExit(0);
        assertTrue(r.out().contains("Live examples were not checked (--no-live)."), r.describe());
        assertFalse(r.out().contains("no-daemon.sock"), r.describe());
    }

    @Test
    void listWithNoLiveMatchesTheGolden() {
        Cli.Result r = cli().run("learn", "--no-live", "--color", "never", "--width", "80").assertExit(0);
        Golden.assertMatches(getClass(), "list-no-live.txt", r.out());
    }

    @Test
    void prefixFindsTheCardAndSaysWhichOnStderr() {
        Cli.Result r = cli().run("learn", "lay", "--no-live", "--color", "never", "--width", "80").assertExit(0);
        assertTrue(r.out().startsWith("Layer & Cache"), r.describe());
        assertTrue(r.err().contains("\"lay\" matches the card layer-cache"), r.describe());
    }

    @Test
    void aliasFindsTheCardWithoutANote() {
        Cli.Result r = cli().run("learn", "cache", "--no-live", "--width", "80").assertExit(0);
        assertTrue(r.out().startsWith("Layer & Cache"), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void typoFindsTheCard() {
        Cli.Result r = cli().run("learn", "helth", "--no-live", "--width", "80").assertExit(0);
        assertTrue(r.out().startsWith("Health Check"), r.describe());
    }

    @Test
    void unknownCardExitsFourWithTheClosestSlugs() {
        Cli.Result r = cli().run("learn", "netwrk-zzz").assertExit(4);
        assertEquals("", r.out(), r.describe());
        assertTrue(r.err().contains("no concept card matches \"netwrk-zzz\"; closest: network"), r.describe());
    }

    @Test
    void ambiguousPrefixExitsFourNamingTheCandidates() {
        Cli.Result r = cli().run("learn", "co").assertExit(4);
        assertTrue(r.err().contains("matches several cards: container, compose"), r.describe());
    }

    @Test
    void cardWithoutADaemonStillRendersAndSaysWhatItWouldShow() {
        Cli.Result r = cli().run("learn", "volume", "--color", "never", "--width", "80").assertExit(0);
        String flat = r.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("On your machine: No Docker daemon is reachable"), r.describe());
        assertTrue(flat.contains("With one, this card would show the volume that most of your containers mount"),
                r.describe());
    }

    @Test
    void cardAsJsonHasAllFieldsNullLiveAndItsConcept() throws Exception {
        Cli.Result r = cli().run("learn", "network", "-o", "json").assertExit(0);
        JsonNode doc = json(r);
        JsonNode card = doc.get("card");
        for (String field : new String[] {"slug", "title", "oneLine", "aliases", "explanation", "diagram", "commands",
            "mistakes", "questions", "related"}) {
            assertTrue(card.hasNonNull(field), field + r.describe());
        }
        assertEquals(3, card.get("questions").size(), r.describe());
        assertTrue(card.get("questions").get(0).hasNonNull("answer"), "JSON always carries the answers" + r.describe());
        assertTrue(doc.has("live") && doc.get("live").isNull(), r.describe());
        assertEquals("network", doc.get("concepts").get(0).asText(), r.describe());
        assertEquals("", r.err(), r.describe());
    }

    @Test
    void searchFindsCardsByContent() throws Exception {
        Cli.Result r = cli().run("learn", "--search", "runc", "--no-live", "-o", "json").assertExit(0);
        JsonNode doc = json(r);
        assertEquals("runc", doc.get("search").asText(), r.describe());
        boolean runtime = false;
        for (JsonNode c : doc.get("cards")) {
            runtime |= c.get("slug").asText().equals("runtime");
            assertTrue(c.get("matchedIn").size() > 0, r.describe());
        }
        assertTrue(runtime, r.describe());
    }

    @Test
    void searchWithNoHitSaysSoAndExitsZero() {
        Cli.Result r = cli().run("learn", "--search", "zebra", "--no-live", "--color", "never").assertExit(0);
        assertTrue(r.out().contains("No card mentions \"zebra\"."), r.describe());
    }

    @Test
    void cardAndSearchTogetherAreAUsageError() {
        Cli.Result r = cli().run("learn", "image", "--search", "tag").assertExit(2);
        assertTrue(r.err().contains("either a CARD or --search"), r.describe());
    }

    @Test
    void answersFlagShowsTheAnswers() {
        Cli.Result hidden = cli().run("learn", "image", "--no-live", "--width", "200").assertExit(0);
        Cli.Result shown = cli().run("learn", "image", "--no-live", "--answers", "--width", "200").assertExit(0);
        String answer = "One. The layers are shared read-only";
        assertFalse(hidden.out().contains(answer), hidden.describe());
        assertTrue(shown.out().contains(answer), shown.describe());
    }

    @Test
    void asciiOutputIsPureAscii() {
        for (Concept c : Concept.values()) {
            Cli.Result r = cli().run("learn", c.slug(), "--ascii", "--answers", "--width", "60").assertExit(0);
            assertTrue(r.out().chars().allMatch(ch -> ch < 0x80), r.describe());
        }
        Cli.Result list = cli().run("learn", "--ascii", "--width", "60").assertExit(0);
        assertTrue(list.out().chars().allMatch(ch -> ch < 0x80), list.describe());
    }
}
