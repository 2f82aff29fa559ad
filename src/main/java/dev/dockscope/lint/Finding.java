package dev.dockscope.lint;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.dockscope.concepts.Concept;

/**
 * One problem at one place. Line and column are 1-based. {@code sourceLine} is the (sanitised) text of that line, for
 * code frames; it is not part of the JSON shape.
 */
public record Finding(String file, int line, int column, String rule, Severity severity, String title, String message,
                      String fix, Concept concept, @JsonIgnore String sourceLine) {
}
