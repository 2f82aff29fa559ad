package dev.dockscope.analysis.container;

import java.util.Map;

/**
 * The signal behind a container's exit code (128 + n for a signal n). What a code means in words is made in
 * {@code render/prose/ContainerProse}.
 */
public final class ExitCodes {
    private static final Map<Integer, String> SIGNALS = Map.ofEntries(
            Map.entry(1, "SIGHUP"), Map.entry(2, "SIGINT"), Map.entry(3, "SIGQUIT"), Map.entry(4, "SIGILL"),
            Map.entry(5, "SIGTRAP"), Map.entry(6, "SIGABRT"), Map.entry(7, "SIGBUS"), Map.entry(8, "SIGFPE"),
            Map.entry(9, "SIGKILL"), Map.entry(10, "SIGUSR1"), Map.entry(11, "SIGSEGV"), Map.entry(12, "SIGUSR2"),
            Map.entry(13, "SIGPIPE"), Map.entry(14, "SIGALRM"), Map.entry(15, "SIGTERM"));

    private ExitCodes() {
    }

    /** The signal behind an exit code above 128 ({@code 137} is SIGKILL), or "" for a plain exit status. */
    public static String signal(int code) {
        if (code <= 128 || code > 128 + 64) {
            return "";
        }
        return SIGNALS.getOrDefault(code - 128, "signal " + (code - 128));
    }
}
