package dev.dockscope.concepts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.text.EditDistance;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardMatcherTest {
    private final CardMatcher matcher = new CardMatcher(Cards.all());

    @ParameterizedTest(name = "learn {0} -> {1}")
    @CsvSource({
        "cache, layer-cache",
        "net, network",
        "helth, health-check",
        "health, health-check",
        "netwrok, network",
        "contaner, container",
        "layer-cache, layer-cache",
        "LAYER-CACHE, layer-cache",
        "'Layer & Cache', layer-cache",
        "multi, multi-stage",
        "cgroup, namespace-cgroup",
        "runc, runtime",
        "vol, volume",
        "reg, registry",
        "dockerf, dockerfile",
        "compse, compose",
    })
    void queryFindsTheCard(String query, String slug) {
        CardMatcher.Result r = matcher.match(query);
        CardMatcher.Found f = assertInstanceOf(CardMatcher.Found.class, r, query + " -> " + r);
        assertEquals(slug, f.card().slug());
    }

    @Test
    void exactSlugIsReportedAsExactAndPrefixIsNot() {
        assertTrue(((CardMatcher.Found) matcher.match("network")).exact());
        assertFalse(((CardMatcher.Found) matcher.match("netw")).exact());
    }

    @Test
    void prefixSharedByTwoCardsIsAmbiguous() {
        CardMatcher.Ambiguous a = assertInstanceOf(CardMatcher.Ambiguous.class, matcher.match("co"));
        assertEquals(List.of("container", "compose"), a.slugs());
    }

    @Test
    void unknownWordIsNotFoundWithThreeClosestSlugs() {
        CardMatcher.NotFound n = assertInstanceOf(CardMatcher.NotFound.class, matcher.match("kubernetes"));
        assertEquals(3, n.closest().size(), n.toString());
        n.closest().forEach(s -> assertTrue(Concept.bySlug(s).isPresent(), s));
    }

    @Test
    void closestSlugsOfAFarTypoStartWithTheIntendedCard() {
        CardMatcher.NotFound n = assertInstanceOf(CardMatcher.NotFound.class, matcher.match("volumez-x"));
        assertEquals("volume", n.closest().get(0), n.toString());
    }

    @Test
    void shortQueriesAllowNoTypos() {
        assertInstanceOf(CardMatcher.NotFound.class, matcher.match("nxt"));
    }

    @Test
    void searchFindsCardsByContentAndSaysWhere() {
        List<CardMatcher.SearchHit> hits = matcher.search("OOM");
        assertFalse(hits.isEmpty());
        assertEquals("namespace-cgroup", hits.get(0).card().slug());
        assertTrue(hits.get(0).matchedIn().contains("explanation"), hits.get(0).toString());
    }

    @Test
    void searchWithSeveralWordsNeedsAllOfThem() {
        List<String> slugs = matcher.search("shim runc").stream().map(h -> h.card().slug()).toList();
        assertTrue(slugs.contains("runtime"), slugs.toString());
        assertFalse(slugs.contains("volume"), slugs.toString());
        assertTrue(matcher.search("shim zebra").isEmpty());
    }

    @Test
    void editDistanceCountsAnAdjacentSwapAsOne() {
        assertEquals(1, EditDistance.between("netwrok", "network"));
        assertEquals(1, EditDistance.between("helth", "health"));
        assertEquals(0, EditDistance.between("image", "image"));
    }
}
