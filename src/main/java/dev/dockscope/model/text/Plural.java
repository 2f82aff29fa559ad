package dev.dockscope.model.text;

/** A count with its noun: {@code 1 layer}, {@code 2 layers}, {@code 1 registry}, {@code 3 registries}. */
public final class Plural {
    private Plural() {
    }

    /** The noun with an {@code s} for any count but one. */
    public static String of(long n, String one) {
        return of(n, one, one + "s");
    }

    public static String of(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
