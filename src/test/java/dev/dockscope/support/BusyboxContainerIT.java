package dev.dockscope.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Testcontainers set-up works against the test daemon with nothing pulled and no Ryuk. */
@ExtendWith(DaemonExtension.class)
class BusyboxContainerIT {
    @Test
    void startsAHealthCheckedContainerWithoutPulling() throws Exception {
        try (BusyboxContainer c = new BusyboxContainer("tc-probe").withHealthProbe("true")) {
            c.start();
            assertTrue(c.isRunning());
            String health = "";
            for (int i = 0; i < 40 && !health.equals("healthy"); i++) {
                Thread.sleep(250);
                health = TestDaemon.docker("inspect", "--format", "{{.State.Health.Status}}", c.name());
            }
            assertEquals("healthy", health);
            assertTrue(c.name().startsWith("dsit-"), c.name());
        }
        String ryuk = TestDaemon.docker("ps", "-a", "--filter", "name=ryuk", "--format", "{{.Names}}");
        assertEquals("", ryuk, "Ryuk must not run");
    }
}
