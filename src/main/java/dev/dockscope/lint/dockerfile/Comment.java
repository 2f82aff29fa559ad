package dev.dockscope.lint.dockerfile;

/** A comment line ({@code text} without the leading {@code #} and surrounding blanks). */
public record Comment(int line, String text) {
}
