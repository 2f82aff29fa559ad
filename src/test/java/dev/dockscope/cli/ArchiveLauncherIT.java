package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockscope.docker.source.ImageFixture;
import dev.dockscope.support.Cli;
import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release launcher's own JIT setting for {@code --archive} (a compiler directive written once into the cache
 * folder, which keeps C2 to the JDK's digest): the run prints the same document as the command run in-process,
 * and nothing else on stdout (the JVM announces loaded directives there unless told not to).
 */
class ArchiveLauncherIT {
    private static Proc.Result launch(Path cache, Path tar) {
        return Proc.of(Release.launcher().toString(), "image", "--archive", tar.toString(), "--files", "-o", "json")
                .env("XDG_CACHE_HOME", cache.toString()).env("NO_COLOR", "1").env("DOCKER_HOST",
                        "unix:///nonexistent.sock").timeout(240).run();
    }

    @Test
    void theLauncherPrintsOnlyTheDocumentAndKeepsItsDirective(@TempDir Path tmp) throws Exception {
        Path tar = Files.write(tmp.resolve("app.tar"), ImageFixture.legacy(ImageFixture.reference(), "app:1"));
        Path cache = tmp.resolve("cache");
        Proc.Result first = launch(cache, tar).assertExit(0);
        Path directive = cache.resolve("dockscope/c2-digest-only.json");
        assertTrue(Files.readString(directive).contains("sun/security/provider/*.*"), first.describe());
        Proc.Result again = launch(cache, tar).assertExit(0);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode inProcess = mapper.readTree(Cli.create().run("image", "--archive", tar.toString(), "--files", "-o",
                "json").assertExit(0).out());
        for (Proc.Result r : new Proc.Result[] {first, again}) {
            assertFalse(r.out().contains("directives") || r.err().contains("directives"), r.describe());
            assertTrue(r.out().trim().startsWith("{") && r.out().trim().endsWith("}"), r.describe());
            assertEquals(inProcess, mapper.readTree(r.out()), r.describe());
        }
    }
}
