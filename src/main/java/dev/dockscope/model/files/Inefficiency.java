package dev.dockscope.model.files;

import java.util.List;

/**
 * dive's inefficiency: a path seen in two or more layers. {@code cumulativeSize} sums every copy, the kept one
 * included (a whiteout adds the size of the directory it hides, 0 for a file). {@code layers} are 1-based.
 */
public record Inefficiency(String path, int count, long cumulativeSize, List<Integer> layers) {
}
