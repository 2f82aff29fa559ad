package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import org.junit.jupiter.api.Test;

/** The start-up warm-up thread: only for commands that read the daemon, never keeps the JVM alive, and ends. */
class PrewarmTest {
    @Test
    void commandsWithoutADaemonStartNothing() {
        assertNull(Prewarm.forCommand(null), "no command named (root help): nothing to warm");
        assertNull(Prewarm.forCommand("lint"));
        assertNull(Prewarm.forCommand("learn"));
        assertNull(Prewarm.forCommand("cache"));
        assertNull(Prewarm.forCommand("plugin"));
        assertNull(Prewarm.forCommand("no-such-command"));
    }

    @Test
    void daemonCommandsGetADaemonThreadThatFinishes() throws InterruptedException {
        for (String command : new String[] {"image", "version", "container", "network"}) {
            Thread t = Prewarm.forCommand(command);
            assertNotNull(t, command);
            assertTrue(t.isDaemon(), "must never keep the JVM from exiting: " + command);
            assertEquals("dockscope-prewarm", t.getName());
            t.join(30_000);
            assertFalse(t.isAlive(), "the warm-up of " + command + " should end on its own");
        }
    }

    @Test
    void theCommandLineStillBuildsAndRunsWithTheWarmUp() {
        // the warm-up runs next to the model build; the run's result must not depend on it
        Cli.Result r = Cli.create().run("image", "--help");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("Usage: dockscope image"), r.out());
    }
}
