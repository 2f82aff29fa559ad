package dev.dockscope.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command takes (a mixin, so they appear in each command's help). */
public final class GlobalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = {"-H", "--host"}, paramLabel = "URL",
            description = "Docker daemon to use: unix:///path/docker.sock, tcp://host:port or ssh://[user@]host[:port]. Beats DOCKER_HOST and contexts.")
    String host;

    @Option(names = {"-c", "--context"}, paramLabel = "NAME",
            description = "Docker context to use (as in `docker context ls`). Beats DOCKER_CONTEXT and the current context.")
    String context;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat output = OutputFormat.text;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a terminal, never when NO_COLOR is set).")
    ColorMode color = ColorMode.auto;

    @Option(names = "--ascii", description = "Draw with plain ASCII instead of box-drawing and block characters.")
    boolean ascii;

    private Integer width;

    @Option(names = "--width", paramLabel = "N",
            description = "Output width in columns (default: the terminal's width, 100 when unknown).")
    void setWidth(int w) {
        if (w < 40 || w > 1000) {
            throw new ParameterException(mixee.commandLine(), "--width must be between 40 and 1000, got " + w);
        }
        width = w;
    }

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--debug", description = "Show stack traces of internal errors.")
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

    public boolean debug() {
        return debug;
    }
}
