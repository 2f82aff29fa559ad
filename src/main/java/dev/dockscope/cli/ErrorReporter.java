package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.json.Json;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * The one exception mapper: typed failures become their exit code and a one-paragraph message on stderr (a JSON
 * object there with {@code -o json}); anything else is a bug, exit 70, one line, stack trace only with --debug.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
    private final Io io;
    private final String[] args;

    ErrorReporter(Io io, String[] args) {
        this.io = io;
        this.args = args.clone();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        Throwable t = unwrap(ex);
        if (t instanceof DockscopeException d) {
            return report(d.exitCode(), d.getMessage(), d.hint(), debug() ? t : null);
        }
        if (t instanceof ParameterException p) {
            return handleParseException(p, args);
        }
        if (t instanceof OutOfMemoryError) {
            return report(ExitCode.INTERNAL, "out of memory", "Raise the heap with JAVA_OPTS=-Xmx…, and please report "
                    + "this: dockscope should stream, not hold, large inputs.", debug() ? t : null);
        }
        String what = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return report(ExitCode.INTERNAL, "internal error: " + what,
                debug() ? null : "This is a bug in dockscope. Re-run with --debug for the stack trace and report it.",
                debug() ? t : null);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] ignored) {
        CommandLine cmd = ex.getCommandLine();
        String help = cmd.getCommandSpec().qualifiedName() + " --help";
        if (ex instanceof CommandLine.UnmatchedArgumentException u && cmd.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String word = u.getUnmatched().get(0);
            return report(ExitCode.USAGE, "unknown command '" + word + "'", UnknownCommand.hint(word), null);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            return report(ExitCode.USAGE, "unexpected argument '" + u.getUnmatched().get(0) + "' for "
                    + cmd.getCommandSpec().qualifiedName(), "Try '" + help + "' for what it takes.", null);
        }
        return report(ExitCode.USAGE, ex.getMessage(), "Try '" + help + "' for the options.", null);
    }

    int report(ExitCode code, String message, String hint, Throwable trace) {
        PrintStream err = io.err();
        // every error reaches stderr here, as text or JSON and not through a Span: messages quote arguments, files
        // and daemon answers
        String safeMessage = Sanitizer.line(message);
        String safeHint = Sanitizer.line(hint);
        if (json()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("exitCode", code.code());
            error.put("kind", code.kind());
            error.put("message", safeMessage);
            error.put("hint", safeHint);
            err.println(Json.write(Map.of("error", error)));
        } else {
            err.println("dockscope: " + safeMessage);
            if (safeHint != null) {
                err.println("  " + safeHint);
            }
        }
        if (trace != null) {
            trace.printStackTrace(err);
        }
        err.flush();
        return code.code();
    }

    private static Throwable unwrap(Throwable t) {
        Throwable cur = t;
        while ((cur instanceof CommandLine.ExecutionException || cur instanceof java.util.concurrent.ExecutionException)
                && cur.getCause() != null) {
            cur = cur.getCause();
        }
        return cur;
    }

    private boolean json() {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("-o") || a.equals("--output")) && i + 1 < args.length && args[i + 1].equals("json")) {
                return true;
            }
            if (a.equals("--output=json") || a.equals("-ojson") || a.equals("-o=json")) {
                return true;
            }
            if (a.equals("--")) {
                return false;
            }
        }
        return false;
    }

    private boolean debug() {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }
}
