package dev.dockscope.model.compose;

import java.util.List;
import java.util.Map;

/**
 * A YAML document as plain values with their positions, anchors and merge keys already resolved: what the compose
 * file reader hands to the analysis (no parser types above the reader). {@code size} counts the nodes the value
 * stands for with every alias expanded, so a document that expands without bound is refused early.
 */
public sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {
    Pos pos();

    long size();

    /** A scalar; {@code value} null for YAML's null ({@code ~}, empty). */
    record Scalar(String value, Pos pos) implements Node {
        @Override
        public long size() {
            return 1;
        }
    }

    /** A mapping in document order; {@code keys} the position of each key. */
    record Mapping(Map<String, Node> entries, Map<String, Pos> keys, Pos pos, long size) implements Node {
    }

    record Sequence(List<Node> items, Pos pos, long size) implements Node {
    }

    /** A position in a file, 1-based; line 0 when unknown. */
    record Pos(String file, int line, int column) {
        public static final Pos NONE = new Pos("", 0, 0);

        @Override
        public String toString() {
            return line == 0 ? file : file + ":" + line + ":" + column;
        }
    }
}
