package dev.dockscope.concepts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "On your machine:" for one card: the real object picked as the example, explained as a headline, labelled facts
 * and notes. {@code raw} keeps the daemon's own values next to the explanation (for {@code -o json}). When nothing
 * fitting exists, {@code found} is false and the notes say how to make an example. All strings are sanitised.
 */
public record LiveExample(Concept card, boolean found, String headline, List<Fact> facts, List<String> notes,
                          Map<String, Object> raw) {

    public LiveExample {
        facts = List.copyOf(facts);
        notes = List.copyOf(notes);
        raw = raw == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(raw));
    }

    /** A labelled value; {@code level} indents it under the fact before it. */
    public record Fact(int level, String label, String value) {
    }

    public static Builder of(Concept card) {
        return new Builder(card);
    }

    public static final class Builder {
        private final Concept card;
        private boolean found = true;
        private String headline = "";
        private final List<Fact> facts = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Object> raw = new LinkedHashMap<>();

        private Builder(Concept card) {
            this.card = card;
        }

        public Builder none(String headline) {
            this.found = false;
            this.headline = headline;
            return this;
        }

        public Builder headline(String headline) {
            this.headline = headline;
            return this;
        }

        public Builder fact(String label, String value) {
            return fact(0, label, value);
        }

        public Builder fact(int level, String label, String value) {
            facts.add(new Fact(level, label == null ? "" : label, value == null ? "" : value));
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Builder raw(String key, Object value) {
            raw.put(key, value);
            return this;
        }

        public LiveExample build() {
            return new LiveExample(card, found, headline, facts, notes, raw);
        }
    }
}
