package dev.dockscope.render.lint;

/** {@code dockscope lint --format}. */
public enum LintFormat { text, json, sarif, checkstyle, junit, gitlab, markdown }
