package dev.dockscope.analysis.compose;

import dev.dockscope.model.compose.Node;
import dev.dockscope.model.compose.Node.Pos;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Building and reading {@link Node} trees. */
final class Nodes {
    private Nodes() {
    }

    static Node.Mapping mapping(Map<String, Node> entries, Map<String, Pos> keys, Pos pos) {
        long size = 1;
        for (Node n : entries.values()) {
            size += n.size();
        }
        return new Node.Mapping(Collections.unmodifiableMap(new LinkedHashMap<>(entries)),
                Collections.unmodifiableMap(new LinkedHashMap<>(keys)), pos, size);
    }

    static Node.Sequence sequence(List<Node> items, Pos pos) {
        long size = 1;
        for (Node n : items) {
            size += n.size();
        }
        return new Node.Sequence(List.copyOf(items), pos, size);
    }

    static Node.Mapping emptyMapping(Pos pos) {
        return new Node.Mapping(Map.of(), Map.of(), pos, 1);
    }

    /** Every scalar rewritten (keys stay as they are). */
    static Node mapScalars(Node n, UnaryOperator<Node.Scalar> f) {
        if (n instanceof Node.Scalar s) {
            return f.apply(s);
        }
        if (n instanceof Node.Sequence s) {
            List<Node> items = new ArrayList<>();
            for (Node i : s.items()) {
                items.add(mapScalars(i, f));
            }
            return sequence(items, s.pos());
        }
        Node.Mapping m = (Node.Mapping) n;
        Map<String, Node> e = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> e.put(k, mapScalars(v, f)));
        return mapping(e, m.keys(), m.pos());
    }

    static Node.Mapping asMapping(Node n) {
        return n instanceof Node.Mapping m ? m : null;
    }

    static String text(Node n) {
        return n instanceof Node.Scalar s ? s.value() : null;
    }

    static String text(Node.Mapping m, String key) {
        return m == null ? null : text(m.entries().get(key));
    }

    static Pos keyPos(Node.Mapping m, String key) {
        Pos p = m.keys().get(key);
        return p == null ? m.pos() : p;
    }

    static boolean truthy(String s) {
        return s != null && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") || s.equals("1"));
    }
}
