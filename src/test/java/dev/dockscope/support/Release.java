package dev.dockscope.support;

import dev.dockscope.VersionProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The release tarball {@code target/dockscope-<version>.tar.gz} that {@code mvn package} made before the integration
 * tests, unpacked once per test JVM into a temp folder (outside the checkout), with its own start-up cache folder.
 */
public final class Release {
    private static Path home;
    private static Path cache;

    private Release() {
    }

    public static Path tarball() {
        Path t = Path.of("target", "dockscope-" + VersionProvider.version() + ".tar.gz").toAbsolutePath();
        if (!Files.isRegularFile(t)) {
            String message = t + " is missing: run the integration tests through mvn verify (scripts/test)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message);
            }
            Assumptions.abort(message);
        }
        return t;
    }

    /** The unpacked {@code dockscope-<version>/} folder. */
    public static synchronized Path home() {
        if (home == null) {
            try {
                Path dir = Files.createTempDirectory("dsit-release");
                Proc.of("tar", "xzf", tarball().toString(), "-C", dir.toString()).run().assertExit(0);
                home = dir.resolve("dockscope-" + VersionProvider.version());
                cache = Files.createDirectories(dir.resolve("cache"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return home;
    }

    public static Path launcher() {
        return home().resolve("bin/dockscope");
    }

    /**
     * The unpacked launcher with {@code args}, as a user runs it: it picks its own JDK (no JAVA_HOME), no docker
     * context, no colour, the shared start-up cache, four minutes at most; the caller adds the rest of the
     * environment (DOCKER_HOST…) and runs it.
     */
    public static Proc launch(String... args) {
        String[] cmd = new String[args.length + 1];
        cmd[0] = launcher().toString();
        System.arraycopy(args, 0, cmd, 1, args.length);
        return Proc.of(cmd).env("JAVA_HOME", null).env("DOCKER_CONTEXT", null).env("NO_COLOR", "1")
                .env("XDG_CACHE_HOME", cacheHome().toString()).timeout(240);
    }

    /** XDG_CACHE_HOME for runs of the unpacked launcher (shared, so the start-up archive is made once). */
    public static synchronized Path cacheHome() {
        home();
        return cache;
    }
}
