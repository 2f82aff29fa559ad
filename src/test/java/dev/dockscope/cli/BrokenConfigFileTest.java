package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, case 14: a broken {@code .dockscope.yaml} gives one line naming the file and where it breaks, the same
 * through the one YAML reader that lint and the image CI gate share, never a parser's or the JDK's internals (class names, "StreamReadFeature").
 */
class BrokenConfigFileTest {
    @TempDir
    Path dir;

    private static void clean(Cli.Result r) {
        r.assertExit(2);
        assertTrue(r.err().contains(".dockscope.yaml"), r.describe());
        assertFalse(r.err().contains("java."), r.describe());
        assertFalse(r.err().contains("Exception"), r.describe());
        assertFalse(r.err().contains("StreamReadFeature"), r.describe());
        assertFalse(r.err().contains("\tat "), r.describe());
        assertTrue(r.err().lines().count() <= 2, r.describe());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ignore: [DS1\n  bad: : :\n", "failOn: [[[\n", "\u0000\u00ff\u00fe", "a: b\n- c\n"})
    void lintNamesTheFileAndThePlace(String text) throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Files.write(dir.resolve(".dockscope.yaml"), text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Cli.Result r = Cli.create().run("lint", dir.resolve("Dockerfile").toString());
        clean(r);
        if (text.startsWith("\u0000")) {
            assertTrue(r.err().contains("not UTF-8 text"), r.describe());
        } else {
            assertTrue(r.err().contains("(line "), r.describe());
        }
    }
}
