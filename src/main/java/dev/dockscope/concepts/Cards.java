package dev.dockscope.concepts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The twelve cards, loaded once from the classpath ({@code concepts/<slug>.yaml}) in {@link Concept} order. */
public final class Cards {
    private static volatile List<Card> all;

    private Cards() {
    }

    public static List<Card> all() {
        List<Card> cards = all;
        if (cards == null) {
            List<Card> loaded = new ArrayList<>();
            for (Concept c : Concept.values()) {
                loaded.add(load(c));
            }
            cards = List.copyOf(loaded);
            all = cards;
        }
        return cards;
    }

    public static Card of(Concept concept) {
        return all().get(concept.ordinal());
    }

    public static Optional<Card> bySlug(String slug) {
        String s = slug.toLowerCase(Locale.ROOT);
        for (Card c : all()) {
            if (c.slug().equals(s)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads one card file (with {@link CardFile}, not a YAML library); a missing or malformed card is a packaging
     * bug, not a user error.
     */
    static Card load(Concept concept) {
        String path = resource(concept);
        try (InputStream in = Cards.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("concept card " + path + " is missing from the build");
            }
            return CardFile.parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("concept card " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String resource(Concept concept) {
        return "concepts/" + concept.slug() + ".yaml";
    }
}
