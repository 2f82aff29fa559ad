package dev.dockscope.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectConfigTest {
    @TempDir
    Path root;

    @Test
    void theNearestFileAtOrAboveTheFolderWins() throws Exception {
        Path deep = Files.createDirectories(root.resolve("a/b/c"));
        Files.writeString(root.resolve(".dockscope.yaml"), "failOn: error\n");
        Files.writeString(root.resolve("a/.dockscope.yml"), "failOn: info\n");
        assertEquals(Optional.of(root.resolve("a/.dockscope.yml").toAbsolutePath()), ProjectConfig.find(deep));
        assertEquals(Optional.of(root.resolve(".dockscope.yaml").toAbsolutePath()), ProjectConfig.find(root));
    }

    @Test
    void yamlBeatsYmlInOneFolder() throws Exception {
        Files.writeString(root.resolve(".dockscope.yml"), "a: 1\n");
        Files.writeString(root.resolve(".dockscope.yaml"), "a: 2\n");
        assertEquals(Optional.of(root.resolve(".dockscope.yaml").toAbsolutePath()), ProjectConfig.find(root));
    }

    @Test
    void aFolderNotAFileNamedLikeTheConfigIsPassedOver() throws Exception {
        Path sub = Files.createDirectories(root.resolve("x/.dockscope.yaml"));
        Optional<Path> found = ProjectConfig.find(sub.getParent());
        assertFalse(found.isPresent() && found.get().equals(sub), String.valueOf(found));
    }

    @Test
    void malformedYamlIsAUsageErrorWithLineAndColumnAndNoJacksonInternals() throws Exception {
        Path f = root.resolve(".dockscope.yaml");
        Files.writeString(f, "ignore: [DS101\nfailOn: : error\n");
        DockscopeException e = assertThrows(DockscopeException.class, () -> Yaml.read(f, "config ", "fix it"));
        assertEquals(ExitCode.USAGE, e.exitCode());
        assertTrue(e.getMessage().startsWith("cannot read config " + f + ": "), e.getMessage());
        assertTrue(e.getMessage().matches("(?s).*\\(line \\d+, column \\d+\\)$"), e.getMessage());
        assertFalse(e.getMessage().contains("StreamReadFeature") || e.getMessage().contains("\n"), e.getMessage());
    }
}
