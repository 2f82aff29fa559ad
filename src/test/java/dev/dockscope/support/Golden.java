package dev.dockscope.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files under {@code src/test/resources/golden/<TestClass>/<name>}; {@code -Dgolden.update=true} rewrites
 * them (refused under CI=true, see GoldenGuardTest). Read the diff before committing an update.
 */
public final class Golden {
    private static final Path ROOT = Path.of("src", "test", "resources", "golden");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    public static void assertMatches(Class<?> testClass, String name, String actual) {
        Path file = ROOT.resolve(testClass.getSimpleName()).resolve(name);
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionFailedError("golden file " + file + " is missing; run with -Dgolden.update=true "
                        + "and read it before committing.\n--- actual ---\n" + actual);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8);
            if (!expected.equals(actual)) {
                throw new AssertionFailedError("output differs from golden file " + file
                        + " (if intended: -Dgolden.update=true, then read the diff)", expected, actual);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
