package dev.dockscope.lint.shell;

/** A shell word with quotes removed, where it starts in the script, and whether any part was quoted. */
public record Word(String text, int offset, boolean quoted) {
}
