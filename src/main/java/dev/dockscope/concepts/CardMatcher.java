package dev.dockscope.concepts;

import dev.dockscope.model.text.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the card a user means: exact slug or title, then a prefix of the slug, of one of its dash-separated words
 * or of an alias ({@code cache} finds layer-cache), then a small typo distance ({@code helth} finds health-check).
 */
public final class CardMatcher {
    private final List<Card> cards;

    public CardMatcher(List<Card> cards) {
        this.cards = List.copyOf(cards);
    }

    /** What a query resolved to. */
    public sealed interface Result permits Found, Ambiguous, NotFound {
    }

    /** @param exact true when the query named the card exactly (slug, title or alias) */
    public record Found(Card card, boolean exact) implements Result {
    }

    public record Ambiguous(List<String> slugs) implements Result {
    }

    /** @param closest up to three slugs nearest to the query, nearest first */
    public record NotFound(List<String> closest) implements Result {
    }

    public Result match(String query) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return new NotFound(closest(q));
        }
        for (Card c : cards) {
            if (c.slug().equals(q) || normalise(c.title()).equals(q) || c.aliases().stream().map(CardMatcher::normalise)
                    .anyMatch(q::equals)) {
                return new Found(c, true);
            }
        }
        Set<Card> prefix = new LinkedHashSet<>();
        for (Card c : cards) {
            if (c.slug().startsWith(q)) {
                prefix.add(c);
            }
        }
        if (prefix.isEmpty()) {
            for (Card c : cards) {
                if (keys(c).stream().anyMatch(k -> k.startsWith(q))) {
                    prefix.add(c);
                }
            }
        }
        if (prefix.size() == 1) {
            return new Found(prefix.iterator().next(), false);
        }
        if (prefix.size() > 1) {
            return new Ambiguous(prefix.stream().map(Card::slug).toList());
        }
        Map<Card, Integer> distance = distances(q);
        int best = distance.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        if (best <= allowedTypos(q)) {
            List<Card> nearest = distance.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                    .toList();
            return nearest.size() == 1 ? new Found(nearest.get(0), false)
                    : new Ambiguous(nearest.stream().map(Card::slug).toList());
        }
        return new NotFound(closest(q));
    }

    private List<String> closest(String q) {
        return distances(q).entrySet().stream().sorted(Map.Entry.<Card, Integer>comparingByValue()
                        .thenComparing(e -> e.getKey().slug()))
                .limit(3).map(e -> e.getKey().slug()).toList();
    }

    /** Per card, the smallest edit distance from the query to any of its keys. */
    private Map<Card, Integer> distances(String q) {
        Map<Card, Integer> d = new LinkedHashMap<>();
        for (Card c : cards) {
            d.put(c, keys(c).stream().mapToInt(k -> EditDistance.between(q, k)).min().orElse(Integer.MAX_VALUE));
        }
        return d;
    }

    /** The slug, its dash-separated words, the title's words and the aliases. */
    static List<String> keys(Card c) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(c.slug());
        keys.addAll(List.of(c.slug().split("-")));
        keys.add(normalise(c.title()));
        for (String w : normalise(c.title()).split("-")) {
            if (w.length() > 2) {
                keys.add(w);
            }
        }
        c.aliases().forEach(a -> keys.add(normalise(a)));
        return new ArrayList<>(keys);
    }

    static int allowedTypos(String q) {
        return q.length() <= 3 ? 0 : q.length() <= 5 ? 1 : 2;
    }

    /** Lower case; spaces, underscores and ampersands become single dashes. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).strip().replace('&', ' ').replace('_', ' ').replaceAll("[\\s-]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** Cards whose text contains every word of {@code words} (case-insensitive), with where each was found. */
    public List<SearchHit> search(String words) {
        List<String> terms = List.of(words.toLowerCase(Locale.ROOT).strip().split("\\s+"));
        List<SearchHit> hits = new ArrayList<>();
        for (Card c : cards) {
            Map<String, String> fields = fields(c);
            boolean all = terms.stream().allMatch(t -> fields.values().stream().anyMatch(v -> v.contains(t)));
            if (all && !terms.get(0).isEmpty()) {
                List<String> where = fields.entrySet().stream()
                        .filter(e -> terms.stream().anyMatch(t -> e.getValue().contains(t))).map(Map.Entry::getKey)
                        .toList();
                hits.add(new SearchHit(c, where));
            }
        }
        hits.sort(Comparator.comparingInt((SearchHit h) -> -h.matchedIn().size()));
        return hits;
    }

    /** @param matchedIn the card fields the words were found in, e.g. {@code explanation}, {@code mistakes} */
    public record SearchHit(Card card, List<String> matchedIn) {
    }

    private static Map<String, String> fields(Card c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", (c.slug() + " " + c.title() + " " + c.oneLine() + " " + String.join(" ", c.aliases())));
        m.put("explanation", c.explanation());
        m.put("diagram", c.diagram());
        m.put("commands", c.commands().stream().map(x -> x.command() + " " + x.shows()).reduce("", (x, y) -> x + "\n" + y));
        m.put("mistakes", String.join("\n", c.mistakes()));
        m.put("questions", c.questions().stream().map(x -> x.question() + " " + x.answer()).reduce("", (x, y) -> x + "\n" + y));
        m.replaceAll((k, v) -> v == null ? "" : v.toLowerCase(Locale.ROOT));
        return m;
    }
}
