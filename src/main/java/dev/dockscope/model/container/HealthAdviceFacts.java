package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * What {@code dockscope health} says a health status does, and the HEALTHCHECK line it suggests for a container
 * without one, as kinds and the raw values they rest on (worded in {@code render/prose/HealthProse}).
 */
public final class HealthAdviceFacts {
    private HealthAdviceFacts() {
    }

    /** One thing unhealthy does or does not do. */
    public record EffectFact(Kind kind) implements Fact {
        public enum Kind { ONLY_RECORDED, COMPOSE_WAITS, ORCHESTRATORS }
    }

    /**
     * A HEALTHCHECK line that fits: NONE (the container has a check: no line), WEB_PROBE on {@code target} (the first
     * exposed TCP port), READY_FILE (the command is a shell or unknown), PROCESS ({@code target} the program's name).
     */
    public record SuggestionFact(Kind kind, String target) implements Fact {
        public enum Kind { NONE, WEB_PROBE, READY_FILE, PROCESS }
    }
}
