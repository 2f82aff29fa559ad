package dev.dockscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Proc;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The release launcher picks the start-up archive's family (CdsTraining) from the run's command word, and trains
 * that family when its archive is missing. Run against a stand-in JDK 25 whose {@code java} writes the files a
 * training run would and prints the arguments of the real run.
 */
class LauncherArchiveFamilyTest {
    private static final Path LAUNCHER = Path.of("src/dist/bin/dockscope").toAbsolutePath();

    /** A JDK folder whose java makes the AOT configuration and cache files it is asked for and logs each call. */
    private static Path fakeJdk(Path dir) throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.3\"\n");
        Path java = Files.createDirectories(jdk.resolve("bin")).resolve("java");
        Files.writeString(java, String.join("\n", "#!/usr/bin/env bash",
                "echo \"$*\" >> \"$(dirname \"$0\")/calls\"",
                "for a in \"$@\"; do",
                "  case \"$a\" in -XX:AOTConfiguration=*) conf=\"${a#*=}\" ;; -XX:AOTCache=*) cache=\"${a#*=}\" ;;"
                        + " -XX:AOTMode=*) mode=\"${a#*=}\" ;; esac",
                "done",
                "case \"${mode:-}\" in record) touch \"$conf\" ;; create) touch \"$cache\" ;; *) echo \"RUN $*\" ;; esac",
                ""));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk;
    }

    private static Proc.Result launch(Path dir, Path jdk, List<String> env, String... args) throws Exception {
        Path jar = dir.resolve("dockscope.jar");
        if (!Files.exists(jar)) {
            Files.writeString(jar, "not a jar: the stand-in java never opens it");
        }
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        Proc p = Proc.of(cmd).env("JAVA_HOME", jdk.toString()).env("DOCKSCOPE_JAR", jar.toString())
                .env("DOCKSCOPE_CACHE_DIR", dir.resolve("cache").toString()).env("JAVA_OPTS", null)
                .env("DOCKSCOPE_DOCKER_PLUGIN", null);
        for (int i = 0; i < env.size(); i += 2) {
            p = p.env(env.get(i), env.get(i + 1));
        }
        return p.timeout(30).run().assertExit(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "lint Dockerfile                            | lint",
        "--ascii -o text lint -                     | lint",
        "image app:1                                | daemon",
        "-H tcp://127.0.0.1:1 --width 80 image lint | daemon",
        "image app:1 -o json                        | daemon-json",
        "--output=json container web                | daemon-json",
        "-ojson version                             | daemon-json",
        "volume                                     | daemon",
        "''                                         | daemon",
        "learn image --no-live                      | other",
        "tour --sample                              | other",
        "--help                                     | daemon",
        "image app:1 --files                        | other",
        "image --archive app.tar -o json            | other-json",
        "--context lint lint x                      | lint"})
    void theCommandWordNamesTheArchive(String args, String family, @TempDir Path dir) throws Exception {
        Path jdk = fakeJdk(dir);
        String[] argv = args.isBlank() ? new String[0] : args.trim().split(" +");
        Proc.Result r = launch(dir, jdk, List.of(), argv);
        String run = r.out().lines().filter(l -> l.startsWith("RUN ")).findFirst().orElseThrow();
        assertTrue(run.contains("-XX:AOTCache=" + dir.resolve("cache") + "/dockscope-") && run.contains(
                "-25.0.3-" + family + ".aot "), run);
        List<String> calls = Files.readAllLines(jdk.resolve("bin/calls"));
        String training = family.replace("-json", "") + (family.endsWith("-json") ? " json" : "");
        assertTrue(calls.get(0).contains("-XX:AOTMode=record") && calls.get(0).endsWith(
                "dev.dockscope.CdsTraining " + training), calls.toString());
        assertEquals(3, calls.size(), "record, create, run: " + calls);
        assertEquals(family.startsWith("lint"), run.contains("-XX:InitialRAMPercentage=4"), "a lint run's heap: " + run);
        assertEquals(family.startsWith("daemon"), run.contains("-XX:CompileThresholdScaling=5"), "a daemon run's JIT: " + run);
    }

    @Test
    void aDockerPluginRunSkipsDockersOptionsAndThePluginName(@TempDir Path dir) throws Exception {
        Path jdk = fakeJdk(dir);
        List<String> plugin = List.of("DOCKSCOPE_DOCKER_PLUGIN", "1");
        String lint = launch(dir, jdk, plugin, "--context", "prod", "scope", "lint", "Dockerfile").out();
        assertTrue(lint.contains("-lint.aot "), lint);
        String image = launch(dir, jdk, plugin, "scope", "image", "scope").out();
        assertTrue(image.contains("-daemon.aot "), image);
        // a second run of a family finds its archive: no training
        int before = Files.readAllLines(jdk.resolve("bin/calls")).size();
        launch(dir, jdk, plugin, "scope", "lint", "Dockerfile");
        assertEquals(before + 1, Files.readAllLines(jdk.resolve("bin/calls")).size());
    }
}
