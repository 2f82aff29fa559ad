package dev.dockscope.lint.dockerfile;

import java.util.List;

/**
 * Parser directives from the top of the file.
 *
 * @param syntax    the {@code # syntax=} frontend image, or null
 * @param escape    the escape character ({@code \} unless {@code # escape=`})
 * @param checkSkip BuildKit check names from {@code # check=skip=A,B} ({@code all} skips every check)
 */
public record Directives(String syntax, char escape, List<String> checkSkip) {
}
