package dev.dockscope.docker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;

/** Comparing JSON trees node type by node type (IntNode 1 equals no LongNode 1, but the tests say so explicitly). */
final class JsonTrees {
    private JsonTrees() {
    }

    /** Equal trees with the same node class at every position. */
    static void assertSame(JsonNode expected, JsonNode actual) {
        assertEquals(expected, actual);
        assertEquals(shape(expected), shape(actual));
    }

    /** The tree's node classes, with field names, in order. */
    static String shape(JsonNode n) {
        StringBuilder b = new StringBuilder(n.getClass().getSimpleName());
        if (n.isContainerNode()) {
            b.append('(');
            Iterator<String> names = n.fieldNames();
            for (int i = 0; i < n.size(); i++) {
                if (n.isObject()) {
                    String name = names.next();
                    b.append(name).append('=').append(shape(n.get(name)));
                } else {
                    b.append(shape(n.get(i)));
                }
                b.append(',');
            }
            b.append(')');
        }
        return b.toString();
    }
}
