package dev.dockscope.support;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class GoldenGuardTest {
    @Test
    void goldenUpdateIsRefusedUnderCi() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assertFalse(ci && Golden.updating(), "-Dgolden.update=true must not be used under CI=true");
    }
}
