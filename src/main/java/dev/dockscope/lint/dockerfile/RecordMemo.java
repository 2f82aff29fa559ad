package dev.dockscope.lint.dockerfile;

/**
 * The base of a record's memo: a holder of views worked out on first use, kept as a record component so that it is
 * made once with the record. Every memo equals every other one of its class, so records still compare as their
 * written parts.
 */
public abstract class RecordMemo {
    protected RecordMemo() {
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public final int hashCode() {
        return 0;
    }

    @Override
    public final String toString() {
        return "Memo";
    }
}
