package dev.dockscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive's training run reaches the daemon code paths only if its stand-in daemon answers every
 * request {@code image REF} makes: when the image command starts asking for something else, the runs fail here
 * instead of silently training less.
 */
class CdsTrainingTest {
    @Test
    void imageRunsAgainstTheStandInDaemonSucceed(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Integer> codes;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            codes = CdsTraining.againstStandInDaemon(dir, out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(0, 0), codes, printed);
        assertTrue(printed.contains("IMAGE app:1") && printed.contains("c6db093e7fbf"), printed);
        assertTrue(printed.contains("\"ref\"") || printed.contains("\"id\""), "the JSON run printed JSON: " + printed);
        assertFalse(Files.exists(dir.resolve("docker.sock")), "the socket is removed afterwards");
    }
}
