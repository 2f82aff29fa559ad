package dev.dockscope.support;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For every {@code *IT}: checks the real daemon answers (under {@code CI=true} a missing daemon fails the test, elsewhere
 * it skips), checks that the images the test class built read the same through the layer store and the export
 * ({@link StoreEquivalence}), and removes the objects the test class created.
 */
public final class DaemonExtension implements BeforeAllCallback, AfterAllCallback {
    private static volatile Boolean reachable;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (reachable == null) {
            reachable = TestDaemon.reachable();
        }
        if (!reachable) {
            String message = "no Docker daemon at " + TestDaemon.host()
                    + " (run the tests with scripts/test, which starts a private one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new AssertionError(message + "; CI=true, so integration tests fail instead of skipping");
            }
            Assumptions.abort(message);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (Boolean.TRUE.equals(reachable)) {
                // every image the class built: the layer store and the export must give the same --files document
                StoreEquivalence.check(TestDaemon.trackedImages());
            }
        } finally {
            TestDaemon.cleanup();
        }
    }
}
