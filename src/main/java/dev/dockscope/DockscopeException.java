package dev.dockscope;


/**
 * A failure the user can act on. The exception mapper prints {@link #getMessage()} (and the hint, when there is one)
 * and exits with {@link #exitCode()}; no stack trace unless {@code --debug}.
 */
public class DockscopeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;
    private final String hint;

    public DockscopeException(ExitCode exitCode, String message) {
        this(exitCode, message, null, null);
    }

    public DockscopeException(ExitCode exitCode, String message, String hint) {
        this(exitCode, message, hint, null);
    }

    public DockscopeException(ExitCode exitCode, String message, String hint, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
        this.hint = hint;
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    /** A second sentence telling the user what to do, or null. */
    public String hint() {
        return hint;
    }

    public static DockscopeException usage(String message) {
        return new DockscopeException(ExitCode.USAGE, message);
    }

    public static DockscopeException notFound(String message, String hint) {
        return new DockscopeException(ExitCode.NOT_FOUND, message, hint);
    }
}
