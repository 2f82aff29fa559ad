package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DockerIgnoreTest {
    private static DockerIgnore of(String text) {
        return DockerIgnore.parse(text, java.nio.file.Path.of(".dockerignore"));
    }

    @Test
    void directoryPatternExcludesEverythingBelow() {
        var i = of(".git\nnode_modules/\n");
        assertTrue(i.excluded(".git"));
        assertTrue(i.excluded(".git/HEAD"));
        assertTrue(i.excluded("node_modules/a/b.js"));
        assertFalse(i.excluded("src/node_modules/a.js"));
    }

    @Test
    void starDoesNotCrossSlashButDoubleStarDoes() {
        var i = of("*.md\n**/*.log\n");
        assertTrue(i.excluded("README.md"));
        assertFalse(i.excluded("docs/guide.md"));
        assertTrue(i.excluded("a/b/c/x.log"));
        assertTrue(i.excluded("x.log"));
    }

    @Test
    void exceptionsReincludeAndTheLastMatchWins() {
        var i = of("*.md\n!README.md\nREADME*\n");
        assertTrue(i.excluded("CHANGES.md"));
        assertTrue(i.excluded("README.md"));
        var j = of("docs\n!docs/keep.txt\n");
        assertFalse(j.excluded("docs/keep.txt"));
        assertTrue(j.excluded("docs/other.txt"));
    }

    @Test
    void leadingSlashAndDotSegmentsAreCleaned() {
        var i = of("/build\n./target/\n# comment\n\n");
        assertTrue(i.excluded("build/out.jar"));
        assertTrue(i.excluded("target/classes/A.class"));
        assertFalse(i.excluded("# comment"));
    }

    @Test
    void questionMarkAndCharacterClasses() {
        var i = of("file?.txt\n[ab].cfg\n");
        assertTrue(i.excluded("file1.txt"));
        assertFalse(i.excluded("file10.txt"));
        assertTrue(i.excluded("a.cfg"));
        assertFalse(i.excluded("c.cfg"));
    }
}
