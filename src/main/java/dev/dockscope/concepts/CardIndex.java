package dev.dockscope.concepts;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code dockscope learn} (and {@code --search}): the cards with their one-liners and whether each has a live
 * example right now ({@code live} null when that was not or could not be checked).
 */
public record CardIndex(List<Entry> cards, @JsonInclude(JsonInclude.Include.NON_NULL) String search,
                        @JsonIgnore LiveState liveState) {

    public record Entry(String slug, String title, String oneLine, Boolean live,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> matchedIn) {
    }

    /** How the live column was filled: checked, skipped ({@code --no-live}) or unreachable (with why and what to do). */
    public record LiveState(String state, String reason, String hint) {
        public static LiveState checked() {
            return new LiveState("checked", null, null);
        }

        public static LiveState skipped() {
            return new LiveState("skipped", null, null);
        }
    }
}
