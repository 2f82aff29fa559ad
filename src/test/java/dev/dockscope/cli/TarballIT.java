package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Proc;
import dev.dockscope.support.Release;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release tarball runs after unpacking with only a JDK: no Maven, no checkout, no JAVA_HOME; its start-up
 * archive goes to $XDG_CACHE_HOME/dockscope and is made again when the jar changes.
 */
class TarballIT {
    @Test
    void theTarballHoldsWhatTheReadmeSays() throws Exception {
        Path home = Release.home();
        for (String f : List.of("bin/dockscope", "lib/dockscope.jar", "man/dockscope.1", "man/dockscope-lint.1",
                "completions/dockscope.bash", "completions/dockscope.zsh", "completions/dockscope.fish", "README.md",
                "LICENSE", "NOTICE")) {
            assertTrue(Files.isRegularFile(home.resolve(f)), f + " is missing from " + Release.tarball());
        }
        assertTrue(Files.isExecutable(home.resolve("bin/dockscope")));
        assertTrue(Files.readString(home.resolve("LICENSE")).contains("Apache License"));
        String notice = Files.readString(home.resolve("NOTICE"));
        assertTrue(notice.contains("info.picocli:picocli") && notice.contains("docker-java") && notice.contains("MIT"),
                notice);
    }

    @Test
    void itRunsWithOnlyJavaOnPathAndCachesItsStartUpArchive(@TempDir Path tmp) throws Exception {
        // a PATH with java and the few tools the launcher uses, and nothing else (no mvn)
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.createSymbolicLink(bin.resolve("java"), java);
        for (String tool : List.of("bash", "readlink", "mkdir", "mv", "rm")) {
            for (String d : List.of("/usr/bin", "/bin")) {
                if (Files.isExecutable(Path.of(d, tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(d, tool));
                }
            }
        }
        // its own unpacked copy, since this test changes the jar's time
        Proc.of("tar", "xzf", Release.tarball().toString(), "-C", tmp.toString()).run().assertExit(0);
        Path launcher = tmp.resolve(Release.home().getFileName()).resolve("bin/dockscope");
        Path cache = tmp.resolve("cache");
        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"), "FROM node\nCOPY . .\nRUN npm install\n");
        Proc.Result r = run(launcher, bin, cache, tmp, "lint", dockerfile.toString()).assertExit(1);
        assertTrue(r.out().contains("DS101"), r.describe());
        Path archive = onlyArchive(cache.resolve("dockscope"));
        FileTime made = Files.getLastModifiedTime(archive);

        Proc.Result again = run(launcher, bin, cache, tmp, "lint", "--rules").assertExit(0);
        assertTrue(again.out().contains("DS101"), again.describe());
        assertEquals(made, Files.getLastModifiedTime(archive), "the archive is made once per jar");

        // the archive maps (-Xshare:on, or -XX:AOTMode=on for a JDK 24+ AOT cache, fails the run otherwise) and
        // holds picocli, whose class files the build rewrote as Java 8 ones (a dump verifies and links those once,
        // instead of every run verifying them)
        Path lib = launcher.getParent().resolveSibling("lib/dockscope.jar");
        try (ZipFile z = new ZipFile(lib.toFile())) {
            byte[] head = z.getInputStream(z.getEntry("picocli/CommandLine.class")).readNBytes(8);
            assertEquals(52, ((head[6] & 0xff) << 8) | (head[7] & 0xff), "picocli's class file version in " + lib);
        }
        Path loaded = tmp.resolve("classes.log");
        Proc.Result shared = run(launcher, bin, cache, tmp,
                List.of("JAVA_OPTS", (archive.toString().endsWith(".aot") ? "-XX:AOTMode=on" : "-Xshare:on")
                        + " -Xlog:class+load:file=" + loaded), "lint", dockerfile.toString())
                .assertExit(1);
        assertTrue(shared.out().contains("DS101"), shared.describe());
        String log = Files.readString(loaded);
        assertTrue(log.contains("picocli.CommandLine source: shared objects file"), "picocli not archived");
        assertTrue(log.contains("dev.dockscope.lint.Linter source: shared objects file"), "the linter not archived");

        // a new jar (here: the same bytes, newer) gets a new archive
        Path jar = launcher.getParent().resolveSibling("lib/dockscope.jar");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 5_000));
        run(launcher, bin, cache, tmp, "lint", "--rules").assertExit(0);
        assertTrue(Files.getLastModifiedTime(onlyArchive(cache.resolve("dockscope"))).compareTo(made) > 0,
                "the archive is made again after the jar changed");
    }

    private static Proc.Result run(Path launcher, Path bin, Path cache, Path cwd, String... args) {
        return run(launcher, bin, cache, cwd, List.of(), args);
    }

    /** {@code env}: extra variables, name then value. */
    private static Proc.Result run(Path launcher, Path bin, Path cache, Path cwd, List<String> env, String... args) {
        List<String> cmd = new java.util.ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of(args));
        Proc p = Proc.of(cmd).cleanEnv().env("PATH", bin.toString()).env("HOME", cwd.toString())
                .env("XDG_CACHE_HOME", cache.toString()).env("NO_COLOR", "1").dir(cwd).timeout(240);
        for (int i = 0; i + 1 < env.size(); i += 2) {
            p = p.env(env.get(i), env.get(i + 1));
        }
        return p.run();
    }

    private static Path onlyArchive(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> archives = s.filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot")).toList();
            assertEquals(1, archives.size(), "archives in " + dir + ": " + archives);
            return archives.get(0);
        }
    }
}
