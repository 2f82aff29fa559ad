package dev.dockscope.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Arrows between dockscope's own classes are written as imports, where a reader sees them: a fully qualified
 * {@code dev.dockscope.x.Y} in code hides a dependency (issue 9). Comments and javadoc may name classes in full.
 */
class SourceHygieneTest {
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])dev\\.dockscope\\.(?:[a-z]\\w*\\.)*[A-Z]\\w*");

    static List<String> qualifiedUses(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String l = lines.get(i).strip();
                    if (l.startsWith("import ") || l.startsWith("package ") || l.startsWith("*") || l.startsWith("//")
                            || l.startsWith("/*")) {
                        continue;
                    }
                    String code = l.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"").replaceAll("//.*$", "");
                    if (QUALIFIED.matcher(code).find()) {
                        found.add(root.relativize(f) + ":" + (i + 1) + ": " + l);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void mainCodeNamesDockscopeClassesThroughImports() throws IOException {
        List<String> found = qualifiedUses(Path.of("src/main/java"));
        assertEquals(List.of(), found, "write an import instead:\n" + String.join("\n", found));
    }

    @Test
    void theScanSeesAQualifiedUseAndIgnoresImportsAndComments(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("A.java"), "package x;\nimport dev.dockscope.ExitCode;\n/** {@link "
                + "dev.dockscope.ExitCode} */\nclass A {\n    Object o = dev.dockscope.model.text.Sanitizer.line(\"\");\n"
                + "    String s = \"dev.dockscope.Main\";\n}\n");
        List<String> found = qualifiedUses(dir);
        assertEquals(1, found.size(), found.toString());
        assertEquals(true, found.get(0).startsWith("A.java:5:"), found.toString());
    }
}
