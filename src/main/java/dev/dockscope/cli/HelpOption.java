package dev.dockscope.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h/--help} on every command. Not inherited like {@link GlobalOptions}: picocli's own {@code help} command
 * has its own {@code -h}, and an inherited one would clash with it; each command gets this mixin instead.
 */
public final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
