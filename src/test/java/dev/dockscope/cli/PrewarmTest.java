package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up warm-up threads: only for commands that read the daemon, never keeps the JVM alive, and ends. */
class PrewarmTest {
    @Test
    void commandsWithoutADaemonStartNothing() {
        assertEquals(List.of(), Prewarm.forCommand(null), "no command named (root help): nothing to warm");
        for (String command : new String[] {"lint", "learn", "cache", "plugin", "no-such-command"}) {
            assertEquals(List.of(), Prewarm.forCommand(command), command);
        }
    }

    @Test
    void daemonCommandsGetDaemonThreadsThatFinish() throws InterruptedException {
        for (String command : new String[] {"image", "version", "container", "network"}) {
            List<Thread> threads = Prewarm.forCommand(command);
            assertEquals(List.of("dockscope-prewarm-socket", "dockscope-prewarm"),
                    threads.stream().map(Thread::getName).toList(), command);
            for (Thread t : threads) {
                assertTrue(t.isDaemon(), "must never keep the JVM from exiting: " + command);
                t.join(30_000);
                assertFalse(t.isAlive(), "the warm-up of " + command + " should end on its own");
            }
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
