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
            codes = CdsTraining.againstStandInDaemon(dir, out,
                    List.of(CdsTraining.STAND_IN_TEXT, CdsTraining.STAND_IN_JSON));
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(0, 0), codes, printed);
        assertTrue(printed.contains("IMAGE app:1") && printed.contains("c6db093e7fbf"), printed);
        assertTrue(printed.contains("\"ref\"") || printed.contains("\"id\""), "the JSON run printed JSON: " + printed);
        assertFalse(Files.exists(dir.resolve("docker.sock")), "the socket is removed afterwards");
    }

    @Test
    void everyFamilyTrainsItsOwnRunsAndAllTrainsEveryOne(@TempDir Path dir) {
        Path dockerfile = dir.resolve("Dockerfile");
        List<String> all = CdsTraining.runs("all", false, dockerfile).stream().map(r -> String.join(" ", r)).toList();
        for (String family : List.of("lint", "daemon", "other")) {
            List<String[]> text = CdsTraining.runs(family, false, dockerfile);
            List<String[]> json = CdsTraining.runs(family, true, dockerfile);
            assertFalse(text.isEmpty(), family);
            assertEquals(text.size(), json.size(), family);
            for (int i = 0; i < text.size(); i++) {
                assertTrue(all.contains(String.join(" ", text.get(i))), family + ": " + String.join(" ", text.get(i)));
                assertEquals(String.join(" ", text.get(i)) + " -o json", String.join(" ", json.get(i)));
            }
        }
        assertTrue(CdsTraining.runs("lint", false, dockerfile).stream().allMatch(r -> r[0].equals("lint")));
        assertTrue(CdsTraining.runs("other", false, dockerfile).stream().noneMatch(r -> r[0].equals("lint")));
    }
}
