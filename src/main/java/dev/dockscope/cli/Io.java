package dev.dockscope.cli;

import java.io.PrintStream;
import java.util.function.Function;

/**
 * What a run talks to: stdout for results, stderr for progress and diagnostics, the environment as a function
 * (so tests inject their own), and whether each stream is a terminal.
 */
public record Io(PrintStream out, PrintStream err, Function<String, String> env, boolean outIsTty, boolean errIsTty) {

    public String env(String name) {
        String v = env.apply(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
