package dev.dockscope;

import java.util.function.Function;

public final class Main {
    /** The process environment (a constant, so that the training run of the start-up archive makes it too). */
    static final Function<String, String> ENV = System::getenv;

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Dockscope.run(System.out, System.err, ENV, args));
    }
}
