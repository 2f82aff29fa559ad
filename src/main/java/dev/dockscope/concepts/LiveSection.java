package dev.dockscope.concepts;


/** What "On your machine:" says for one card. */
public sealed interface LiveSection {

    /** The example found (or the explanation that none fits, with {@code found == false}). */
    record Shown(LiveExample example) implements LiveSection {
    }

    /** No daemon answered; the card says what it would have shown and how to point at one. */
    record Unreachable(String reason, String hint, String wouldShow) implements LiveSection {
    }

    /** The daemon answered this card's question with an error (not a missing daemon). */
    record Failed(String message) implements LiveSection {
    }

    /** {@code --no-live}. */
    record Skipped() implements LiveSection {
    }
}
