package dev.dockscope.cli;

import dev.dockscope.docker.Timeouts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The options every command takes. Declared on the root command with inherited scope ({@link #addTo}), so picocli
 * copies them to every subcommand and they count in either position: {@code dockscope -o json version} and
 * {@code dockscope version -o json} set the same field (the root's), which {@link BaseCommand} reads.
 */
public final class GlobalOptions {
    /** The root command's spec, where these options are declared (for the command line of a bad value). */
    private CommandSpec root;

    String host;

    String context;

    OutputFormat output = OutputFormat.text;

    ColorMode color = ColorMode.auto;

    boolean ascii;

    private Integer width;

    void setWidth(int w) {
        if (w < 40 || w > 1000) {
            throw new ParameterException(root.commandLine(), "--width must be between 40 and 1000, got " + w);
        }
        width = w;
    }

    private java.time.Duration timeout = Timeouts.DEFAULT_TOTAL;

    void setTimeout(int seconds) {
        if (seconds < 1 || seconds > 86_400) {
            throw new ParameterException(root.commandLine(), "--timeout must be between 1 and 86400 seconds, got "
                    + seconds);
        }
        timeout = java.time.Duration.ofSeconds(seconds);
    }

    boolean debug;

    /**
     * Declares the options on the root command, inherited: picocli copies them to every subcommand, bound to these
     * same fields, so they count in either position.
     */
    void addTo(CommandSpec spec) {
        root = spec;
        spec.addOption(Model.option(String.class, v -> host = v, () -> host, "-H", "--host").paramLabel("URL")
                .scopeType(ScopeType.INHERIT)
                .description("Docker daemon to use: unix:///path/docker.sock, tcp://host:port or "
                        + "ssh://[user@]host[:port]. Beats DOCKER_HOST and contexts.").build());
        spec.addOption(Model.option(String.class, v -> context = v, () -> context, "-c", "--context")
                .paramLabel("NAME").scopeType(ScopeType.INHERIT)
                .description("Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the "
                        + "current context.").build());
        spec.addOption(Model.option(OutputFormat.class, v -> output = v, () -> output, "-o", "--output")
                .paramLabel("FORMAT").defaultValue("text").scopeType(ScopeType.INHERIT)
                .description("Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(Model.option(ColorMode.class, v -> color = v, () -> color, "--color")
                .paramLabel("WHEN").defaultValue("auto").scopeType(ScopeType.INHERIT)
                .description("Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, never "
                        + "when NO_COLOR is set).").build());
        spec.addOption(Model.flag(v -> ascii = v, () -> ascii, "--ascii").scopeType(ScopeType.INHERIT)
                .description("Draw with plain ASCII instead of box-drawing and block characters.").build());
        spec.addOption(Model.flag(v -> debug = v, () -> debug, "--debug").scopeType(ScopeType.INHERIT)
                .description("Show stack traces of internal errors.").build());
        // the two checked ones were setter methods: picocli gave them no initial value, and took them in the
        // order reflection listed the methods (which varies; the committed completions have --timeout first)
        spec.addOption(Model.option(int.class, this::setTimeout, () -> null, "--timeout").hasInitialValue(false)
                .paramLabel("SECONDS").scopeType(ScopeType.INHERIT)
                .description("Give up on a daemon request after this many seconds (default: 60; image exports stop "
                        + "only after that long without data).").build());
        spec.addOption(Model.option(int.class, this::setWidth, () -> null, "--width").hasInitialValue(false)
                .paramLabel("N").scopeType(ScopeType.INHERIT)
                .description("Output width in columns (default: the terminal's width, 100 when unknown).").build());
    }

    public String host() {
        return host;
    }

    public String context() {
        return context;
    }

    public OutputFormat output() {
        return output;
    }

    public boolean json() {
        return output == OutputFormat.json;
    }

    public ColorMode color() {
        return color;
    }

    public boolean ascii() {
        return ascii;
    }

    public Integer width() {
        return width;
    }

    public java.time.Duration timeout() {
        return timeout;
    }

    public boolean debug() {
        return debug;
    }
}
