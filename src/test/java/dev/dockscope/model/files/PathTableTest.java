package dev.dockscope.model.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** Interning gives one id per path whatever the order paths come in (the last directory is remembered). */
class PathTableTest {

    @Test
    void sameDirectoryAgainAndElsewhereGiveConsistentIds() {
        PathTable t = new PathTable();
        int c = t.intern("a/b/c");
        int d = t.intern("a/b/d");
        int x = t.intern("a/x");
        int again = t.intern("a/b/c");
        int ab = t.intern("a/b");
        int abx = t.intern("a/bx/c"); // shares a prefix with the remembered "a/b", but is another folder
        assertEquals(c, again);
        assertEquals(t.parent(c), t.parent(d));
        assertEquals(ab, t.parent(c));
        assertEquals("/a/x", t.path(x));
        assertEquals("/a/bx/c", t.path(abx));
        assertNotEquals(t.parent(abx), ab);
        assertEquals(c, t.find("a/b/c"));
        assertEquals(-1, t.find("a/b/e"));
        assertEquals(t.intern("top"), t.child(PathTable.ROOT, "top", false));
        assertEquals(3, t.depth(c));
    }

    @Test
    void manyPathsSurviveTheTableGrowing() {
        PathTable t = new PathTable();
        int[] ids = new int[5000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = t.intern("d" + (i % 37) + "/s" + (i % 11) + "/f" + i);
        }
        for (int i = 0; i < ids.length; i++) {
            assertEquals(ids[i], t.find("d" + (i % 37) + "/s" + (i % 11) + "/f" + i));
            assertEquals("/d" + (i % 37) + "/s" + (i % 11) + "/f" + i, t.path(ids[i]));
        }
    }
}
