package dev.dockscope.model.compose;

import dev.dockscope.model.Fact;

/**
 * One side of a {@link ComposeReport.Drift}, as a kind and the raw value it rests on: VALUE a reference or the
 * published ports as the files and the labels spell them ({@code value}, may be empty), REPLICAS the declared
 * {@code count}, RUNNING the {@code count} of containers up, CONTAINERS the {@code count} of containers found; the
 * other kinds carry nothing. Worded in render/prose.
 */
public record DriftSide(Kind kind, String value, long count) implements Fact {
    public enum Kind {
        DECLARED, NO_CONTAINER, NOT_DECLARED, CONTAINERS, VALUE, HEALTHCHECK_DECLARED, NO_HEALTH, REPLICAS, RUNNING
    }

    public static DriftSide of(Kind kind) {
        return new DriftSide(kind, "", 0);
    }

    public static DriftSide value(String value) {
        return new DriftSide(Kind.VALUE, value, 0);
    }

    public static DriftSide count(Kind kind, long count) {
        return new DriftSide(kind, "", count);
    }
}
