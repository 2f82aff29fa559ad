package dev.dockscope.concepts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** {@code dockscope learn CARD}: one card and its live section; text and JSON both render from this. */
@JsonPropertyOrder({"card", "live", "concepts"})
public record CardPage(Card card, @JsonIgnore LiveSection section) {

    /** The live example, or null when none was looked for or no daemon answered. */
    @JsonProperty("live")
    public LiveExample live() {
        return section instanceof LiveSection.Shown s ? s.example() : null;
    }

    @JsonProperty("concepts")
    public List<String> concepts() {
        return List.of(card.slug());
    }
}
