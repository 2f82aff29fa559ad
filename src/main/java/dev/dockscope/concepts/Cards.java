package dev.dockscope.concepts;

import dev.dockscope.config.Yaml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
        return all().stream().filter(c -> c.slug().equals(s)).findFirst();
    }

    /** Reads one card file; a missing or malformed card is a packaging bug, not a user error. */
    static Card load(Concept concept) {
        String path = resource(concept);
        try (InputStream in = Cards.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("concept card " + path + " is missing from the build");
            }
            return Yaml.readResource(in, Card.class);
        } catch (IOException e) {
            throw new UncheckedIOException("concept card " + path + " cannot be read: " + e.getMessage(), e);
        }
    }

    static String resource(Concept concept) {
        return "concepts/" + concept.slug() + ".yaml";
    }
}
