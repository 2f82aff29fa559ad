package dev.dockscope.cli;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.docker.DaemonReader;
import dev.dockscope.docker.Endpoint;
import dev.dockscope.docker.EndpointResolver;
import dev.dockscope.docker.Engine;
import dev.dockscope.docker.Timeouts;
import dev.dockscope.model.text.Sanitizer;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * One run's decisions, made once: colour (flag > NO_COLOR > TTY), width, ASCII, output format, and the daemon
 * (resolved and connected lazily, only when a command asks for it).
 */
public final class Session implements AutoCloseable {
    static final int DEFAULT_WIDTH = 100;

    private final Io io;
    private final GlobalOptions options;
    private final Palette palette;
    private final int width;
    private Endpoint endpoint;
    private DaemonReader daemon;
    private Engine engine;

    public Session(Io io, GlobalOptions options) {
        this.io = io;
        this.options = options;
        this.palette = new Palette(decideColor(io, options.color(), options.json()), options.ascii());
        this.width = options.width() != null ? options.width() : detectWidth(io);
    }

    static boolean decideColor(Io io, ColorMode mode, boolean json) {
        if (json) {
            return false;
        }
        return switch (mode) {
            case always -> true;
            case never -> false;
            case auto -> io.env("NO_COLOR") == null && io.outIsTty() && !"dumb".equals(io.env("TERM"));
        };
    }

    private static int detectWidth(Io io) {
        String columns = io.env("COLUMNS");
        if (columns != null) {
            try {
                int c = Integer.parseInt(columns.trim());
                if (c >= 20) {
                    return c;
                }
            } catch (NumberFormatException ignored) {
                // fall through
            }
        }
        if (io.outIsTty() && new File("/dev/tty").canRead()) {
            try {
                Process p = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line = r.readLine();
                    if (p.waitFor(1, TimeUnit.SECONDS) && line != null) {
                        String[] parts = line.trim().split("\\s+");
                        int c = Integer.parseInt(parts[1]);
                        if (c >= 20) {
                            return c;
                        }
                    }
                }
            } catch (Exception ignored) {
                // no terminal size: use the default
            }
        }
        return DEFAULT_WIDTH;
    }

    public Io io() {
        return io;
    }

    public GlobalOptions options() {
        return options;
    }

    public Palette palette() {
        return palette;
    }

    public int width() {
        return width;
    }

    public boolean ascii() {
        return options.ascii();
    }

    public boolean json() {
        return options.json();
    }

    public Endpoint endpoint() {
        if (endpoint == null) {
            endpoint = new EndpointResolver(io.env()).resolve(options.host(), options.context());
        }
        return endpoint;
    }

    /**
     * The read-only transport, opened on first use: for the readers in docker/ that take it (image, layer sources,
     * runtime). Everything else reads the daemon through {@link #engine()}.
     */
    public DaemonReader daemon() {
        if (daemon == null) {
            Endpoint e = endpoint();
            DaemonReader d = new DaemonReader(e, UnaryOperator.identity(),
                    Timeouts.of(options.timeout(), waited -> {
                        if (io.errIsTty() && !options.json()) {
                            io.err().println("dockscope: waiting for the daemon at " + e.host() + " (no answer after "
                                    + Timeouts.WAITING_NOTICE_AFTER.toSeconds() + " s; giving up "
                                    + "after " + waited.toSeconds() + " s, see --timeout)…");
                            io.err().flush();
                        }
                    }));
            d.requireSupportedApi();
            daemon = d;
        }
        return daemon;
    }

    /** The daemon as typed, sanitised records (the facade every command and explainer reads), opened on first use. */
    public Engine engine() {
        if (engine == null) {
            engine = new Engine(daemon());
        }
        return engine;
    }

    /** Prints a model as JSON (one document on stdout). */
    public void printJson(Object model) {
        io.out().println(Json.write(model));
        io.out().flush();
        checkWritten();
    }

    /** A closed or full stdout (a pipe that went away, {@code > /dev/full}) is exit 2, never a silent success. */
    private void checkWritten() {
        if (io.out().checkError()) {
            throw new DockscopeException(ExitCode.USAGE,
                    "could not write output: standard output is closed or full.");
        }
    }

    /** Prints rendered text on stdout. */
    public void print(String text) {
        io.out().print(text);
        if (!text.endsWith("\n")) {
            io.out().println();
        }
        io.out().flush();
        checkWritten();
    }

    /** A warning or progress line on stderr (never in JSON mode's stdout). */
    public void note(String line) {
        if (options.json()) {
            return;
        }
        io.err().println(Sanitizer.text(line));
        io.err().flush();
    }

    @Override
    public void close() {
        if (daemon != null) {
            daemon.close();
        }
    }
}
