package dev.dockscope.analysis.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.model.files.PathEvent;
import dev.dockscope.model.files.PathHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathQueryTest {

    @Test
    void exactPathShowsWhoAddedChangedAndRemovedIt() throws Exception {
        PathHistory h = PathQuery.run(ImageFilesTest.read(ImageFilesTest.reference("legacy")), "/etc/passwd", 50);
        assertEquals(1, h.matched());
        assertEquals(List.of("added@1", "modified@2", "removed@4"),
                h.paths().get(0).events().stream().map(e -> e.action() + "@" + e.layer()).toList());
        assertFalse(h.paths().get(0).presentAtEnd());
    }

    @Test
    void globFindsFilesRemovedByAnOpaqueDirectoryAndAPermissionChange() throws Exception {
        PathHistory h = PathQuery.run(ImageFilesTest.read(ImageFilesTest.reference("oci")), "app/*", 50);
        assertEquals(List.of("/app/big", "/app/log", "/app/tmp"), h.paths().stream().map(t -> t.path()).toList());
        List<PathEvent> big = h.paths().get(0).events();
        assertEquals("metadata", big.get(1).action()); // same bytes, mode 0644 -> 0755
        assertEquals(3, big.get(1).layer());
        assertTrue(h.paths().get(0).presentAtEnd());
        assertEquals("removed", h.paths().get(2).events().get(1).action());
    }

    @Test
    void doubleStarCrossesDirectoriesAndLimitTruncates() throws Exception {
        PathHistory h = PathQuery.run(ImageFilesTest.read(ImageFilesTest.reference("legacy")), "**/b*", 2);
        // /bin (dir), /bin/bash, /data/b, /app/big: 4 matches, 2 shown
        assertEquals(4, h.matched());
        assertTrue(h.truncated());
        assertEquals(2, h.paths().size());
    }

    @Test
    void globSyntax() {
        assertTrue(PathQuery.compile("/usr/**/*.so").matcher("/usr/lib/x/libc.so").matches());
        assertTrue(PathQuery.compile("/usr/**/*.so").matcher("/usr/libc.so").matches());
        assertFalse(PathQuery.compile("/usr/*.so").matcher("/usr/lib/libc.so").matches());
        assertTrue(PathQuery.compile("etc/pass?d").matcher("/etc/passwd").matches());
        assertTrue(PathQuery.compile("/bin/[ab]*").matcher("/bin/ash").matches());
        assertFalse(PathQuery.compile("/bin/[!ab]*").matcher("/bin/ash").matches());
        assertTrue(PathQuery.compile("**/passwd").matcher("/passwd").matches());
    }
}
