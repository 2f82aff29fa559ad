package dev.dockscope.model.container;

import dev.dockscope.model.Fact;

/**
 * A container's state as the raw values its words rest on: the {@code kind} (the daemon's status, with an exited
 * container that never ran told apart as COULD_NOT_START), the last {@code exitCode}, whether the kernel OOM-killed
 * it, the daemon's {@code error} ("" when none), the {@code restartCount} and the restart {@code policy} ("no" when
 * none). It is worded two ways: as a short {@link Summary} ("exited 137: killed (SIGKILL)") and as the sentence
 * that says what it {@link Meaning means}.
 */
public record StateFact(Kind kind, int exitCode, boolean oomKilled, String error, int restartCount, String policy) {
    public enum Kind { RUNNING, PAUSED, RESTARTING, CREATED, DEAD, REMOVING, COULD_NOT_START, EXITED }

    public Summary summary() {
        return new Summary(this);
    }

    public Meaning meaning() {
        return new Meaning(this);
    }

    /** The state as a short phrase. */
    public record Summary(StateFact state) implements Fact {
    }

    /** What the state means, as a sentence. */
    public record Meaning(StateFact state) implements Fact {
    }
}
