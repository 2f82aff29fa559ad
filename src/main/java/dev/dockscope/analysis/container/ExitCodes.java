package dev.dockscope.analysis.container;

import java.util.Map;

/** What a container's exit code means: the shell's and Docker's conventions, and 128 + n for a signal n. */
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

    /** A short phrase: {@code killed (SIGKILL), OOM}, {@code command not found}. */
    public static String phrase(int code, boolean oomKilled) {
        String s = switch (code) {
            case 0 -> "success";
            case 1 -> "the application failed";
            case 2 -> "misuse of a shell builtin or bad arguments";
            case 125 -> "docker could not run the container";
            case 126 -> "the command cannot be executed";
            case 127 -> "command not found";
            case 130 -> "interrupted (SIGINT)";
            case 137 -> "killed (SIGKILL)";
            case 139 -> "segmentation fault (SIGSEGV)";
            case 143 -> "terminated (SIGTERM)";
            default -> code > 128 && !signal(code).isEmpty() ? "stopped by " + signal(code) : "the application's own code";
        };
        return oomKilled ? s + ", OOM" : s;
    }

    /** One sentence for the state section. */
    public static String meaning(int code, boolean oomKilled) {
        if (oomKilled) {
            return "The kernel's out-of-memory killer ended it: the container reached its memory limit (or the host ran out)"
                    + " and its process got SIGKILL" + (code == 137 ? "." : "; exit code " + code + ".");
        }
        return switch (code) {
            case 0 -> "PID 1 finished on its own with status 0: nothing went wrong.";
            case 1 -> "PID 1 exited with status 1, the usual \"something failed\" from the application: read docker logs.";
            case 2 -> "Status 2: a shell builtin was misused or the program rejected its arguments.";
            case 125 -> "Status 125 comes from Docker itself: the container could not be started (bad flag, missing"
                    + " device, runtime error), so the command never ran.";
            case 126 -> "Status 126: the command was found but could not be executed (not executable, wrong"
                    + " architecture, or a directory).";
            case 127 -> "Status 127: the command was not found in the container's file system or PATH.";
            case 130 -> "128 + 2: PID 1 was interrupted with SIGINT (Ctrl-C on an attached terminal).";
            case 137 -> "128 + 9: PID 1 got SIGKILL, which cannot be caught: docker kill, or docker stop after its"
                    + " grace period, and OOMKilled is not set, so not the memory limit.";
            case 139 -> "128 + 11: PID 1 crashed with SIGSEGV (a segmentation fault: a bug, or a binary for another"
                    + " libc).";
            case 143 -> "128 + 15: PID 1 got SIGTERM and exited, which is what docker stop asks for: a clean stop.";
            default -> code > 128 && !signal(code).isEmpty()
                    ? "128 + " + (code - 128) + ": PID 1 was stopped by " + signal(code) + "."
                    : "Status " + code + " is the application's own: its documentation says what it means.";
        };
    }
}
