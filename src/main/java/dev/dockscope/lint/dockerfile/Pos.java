package dev.dockscope.lint.dockerfile;

/** A 1-based line and column in the Dockerfile as written. */
public record Pos(int line, int column) {
}
