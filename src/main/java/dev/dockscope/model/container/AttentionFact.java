package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/** Why a container deserves a look, worded as a short label ("no memory limit"); the list puts the most serious first. */
public record AttentionFact(Kind kind) implements Fact {
    public enum Kind { UNHEALTHY, RESTARTING, OOM_KILLED, NO_MEMORY_LIMIT, PRIVILEGED, ROOT_WITH_CAPABILITIES }

    public static AttentionFact of(Kind kind) {
        return new AttentionFact(kind);
    }
}
