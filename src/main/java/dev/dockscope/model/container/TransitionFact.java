package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * The health status a probe changed: {@code from} before it, {@code to} after it ("starting → healthy"); both ""
 * ({@link #NONE}, worded as "") when the probe left the status as it was or the status before it is unknown.
 */
public record TransitionFact(String from, String to) implements Fact {
    public static final TransitionFact NONE = new TransitionFact("", "");

    public boolean changed() {
        return !from.isEmpty();
    }
}
