package dev.dockscope.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each generated page renders through man-db and groff without a single warning (needs `man`; skipped without). */
class ManPagesRenderTest {

    @Test
    void everyPageRendersWithoutTroffWarnings(@TempDir Path tmp) throws Exception {
        assumeTrue(onPath("man") && onPath("groff"), "man-db and groff are not installed");
        DocGen.write(tmp);
        try (var pages = Files.list(tmp.resolve(DocGen.MAN))) {
            for (Path page : pages.sorted().toList()) {
                ProcessBuilder pb = new ProcessBuilder("man", "--warnings", "-l", page.toString());
                pb.environment().put("MANWIDTH", "80");
                pb.environment().put("MANPAGER", "cat");
                pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                Path out = tmp.resolve("out.txt");
                Path err = tmp.resolve("err.txt");
                pb.redirectOutput(out.toFile()).redirectError(err.toFile());
                Process p = pb.start();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "man did not finish for " + page);
                String rendered = Files.readString(out, StandardCharsets.UTF_8);
                String warnings = Files.readString(err, StandardCharsets.UTF_8);
                assertEquals("", warnings, "warnings from man for " + page.getFileName());
                assertEquals(0, p.exitValue(), "man exit status for " + page.getFileName());
                assertTrue(rendered.contains("SYNOPSIS") && rendered.contains("EXIT STATUS"),
                        page.getFileName() + " rendered as:\n" + rendered);
            }
        }
    }

    private static boolean onPath(String tool) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
