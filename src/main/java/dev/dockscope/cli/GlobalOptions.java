package dev.dockscope.cli;

import dev.dockscope.docker.Timeouts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The options every command takes. Mixed into the root command with inherited scope, so picocli copies them to
 * every subcommand and they count in either position: {@code dockscope -o json version} and
 * {@code dockscope version -o json} set the same field (the root's), which {@link BaseCommand} reads.
 */
public final class GlobalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(scope = ScopeType.INHERIT, names = {"-H", "--host"}, paramLabel = "URL",
            description = "Docker daemon to use: unix:///path/docker.sock, tcp://host:port or ssh://[user@]host[:port]. Beats DOCKER_HOST and contexts.")
    String host;

    @Option(scope = ScopeType.INHERIT, names = {"-c", "--context"}, paramLabel = "NAME",
            description = "Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.")
    String context;

    @Option(scope = ScopeType.INHERIT, names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat output = OutputFormat.text;

    @Option(scope = ScopeType.INHERIT, names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, never when NO_COLOR is set).")
    ColorMode color = ColorMode.auto;

    @Option(scope = ScopeType.INHERIT, names = "--ascii", description = "Draw with plain ASCII instead of box-drawing and block characters.")
    boolean ascii;

    private Integer width;

    @Option(scope = ScopeType.INHERIT, names = "--width", paramLabel = "N",
            description = "Output width in columns (default: the terminal's width, 100 when unknown).")
    void setWidth(int w) {
        if (w < 40 || w > 1000) {
            throw new ParameterException(mixee.commandLine(), "--width must be between 40 and 1000, got " + w);
        }
        width = w;
    }

    private java.time.Duration timeout = Timeouts.DEFAULT_TOTAL;

    @Option(scope = ScopeType.INHERIT, names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a daemon request after this many seconds (default: 60; image exports stop only "
                    + "after that long without data).")
    void setTimeout(int seconds) {
        if (seconds < 1 || seconds > 86_400) {
            throw new ParameterException(mixee.commandLine(), "--timeout must be between 1 and 86400 seconds, got "
                    + seconds);
        }
        timeout = java.time.Duration.ofSeconds(seconds);
    }

    @Option(scope = ScopeType.INHERIT, names = "--debug", description = "Show stack traces of internal errors.")
    boolean debug;

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
