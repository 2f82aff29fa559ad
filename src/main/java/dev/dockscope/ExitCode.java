package dev.dockscope;

/** Every exit status dockscope can return; listed in {@code --help} and the README. */
public enum ExitCode {
    OK(0, "ok"),
    GATE_FAILED(1, "a gate failed: lint findings at or above --fail-on, or CI thresholds"),
    USAGE(2, "usage error or unusable input (bad flag, unreadable or corrupt file)"),
    DAEMON_UNREACHABLE(3, "the Docker daemon could not be reached"),
    NOT_FOUND(4, "the named object was not found"),
    INTERNAL(70, "internal error (a bug; run with --debug for the stack trace)");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** camelCase name used in JSON errors. */
    public String kind() {
        return switch (this) {
            case OK -> "ok";
            case GATE_FAILED -> "gateFailed";
            case USAGE -> "usage";
            case DAEMON_UNREACHABLE -> "daemonUnreachable";
            case NOT_FOUND -> "notFound";
            case INTERNAL -> "internal";
        };
    }
}
