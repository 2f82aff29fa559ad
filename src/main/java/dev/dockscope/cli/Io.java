package dev.dockscope.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.function.Function;

/**
 * What a run talks to: stdout for results, stderr for progress and diagnostics, the environment as a function
 * (so tests inject their own), and whether each stream is a terminal.
 */
public record Io(PrintStream out, PrintStream err, Function<String, String> env, boolean outIsTty, boolean errIsTty,
                 InputStream in) {

    /** No standard input (tests, and runs where stdin is not to be read). */
    public Io(PrintStream out, PrintStream err, Function<String, String> env, boolean outIsTty, boolean errIsTty) {
        this(out, err, env, outIsTty, errIsTty, InputStream.nullInputStream());
    }

    public String env(String name) {
        String v = env.apply(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
