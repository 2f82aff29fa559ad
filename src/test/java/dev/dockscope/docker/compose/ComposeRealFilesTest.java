package dev.dockscope.docker.compose;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.analysis.compose.ComposeLoader;
import dev.dockscope.model.compose.ComposeReport.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real compose files from public repositories (listed with repository, path and commit in
 * {@code src/test/resources/compose/real/NOTICE}) parse without error: no exception, no syntax finding.
 */
class ComposeRealFilesTest {
    static final Path REAL = Path.of("src/test/resources/compose/real");
    /** Findings that mean dockscope could not read the file (the rest are about the project, or need other files). */
    static final Set<String> SYNTAX = Set.of("compose/unknown-top-level-key", "compose/not-a-mapping",
            "compose/service-syntax", "compose/include-syntax", "compose/extends-syntax", "compose/replicas");

    static Stream<Path> files() throws IOException {
        return Files.list(REAL).filter(p -> !p.getFileName().toString().equals("NOTICE")).sorted();
    }

    @Test
    void atLeastTwentyFilesEachWithItsProvenance() throws IOException {
        List<Path> all = files().toList();
        assertTrue(all.size() >= 20, "only " + all.size() + " real compose files");
        String notice = Files.readString(REAL.resolve("NOTICE"), StandardCharsets.UTF_8);
        for (Path p : all) {
            assertTrue(notice.matches("(?s).*\\n" + java.util.regex.Pattern.quote(p.getFileName().toString())
                    + "  \\S+/\\S+  \\S+  [0-9a-f]{40}\\n.*"), "no provenance line for " + p.getFileName());
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void parsesWithoutError(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        ComposeLoader.Loaded loaded = ComposeFiles.parse(text, file.getFileName().toString(), Map.of());
        for (Finding f : loaded.project().findings()) {
            assertFalse(SYNTAX.contains(f.rule()), file + ": " + f);
        }
        assertFalse(loaded.project().name().isEmpty());
        if (text.contains("\nservices:") || text.startsWith("services:")) {
            assertFalse(loaded.project().services().isEmpty() && !text.contains("profiles"),
                    file + " declares services but none were read");
        }
    }
}
