package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import org.junit.jupiter.api.Test;

/** Issue 15, case 14: an unknown command gets the closest command, not picocli's "Unmatched argument". */
class UnknownCommandTest {
    private static Cli.Result run(String... args) {
        Cli.Result r = Cli.create().env("DOCKER_HOST", "unix:///nonexistent/dockscope.sock").run(args);
        r.assertExit(2);
        assertEquals("", r.out(), r.describe());
        assertFalse(r.err().contains("Unmatched"), r.describe());
        return r;
    }

    @Test
    void aTypoNamesTheClosestCommand() {
        Cli.Result r = run("imgae", "app:1");
        assertTrue(r.err().contains("unknown command 'imgae'"), r.describe());
        assertTrue(r.err().contains("Did you mean: dockscope image?"), r.describe());
    }

    @Test
    void aDockerVerbNamesTheCommandThatExplainsTheSameObjects() {
        Cli.Result r = run("ps");
        assertTrue(r.err().contains("unknown command 'ps'"), r.describe());
        assertTrue(r.err().contains("Did you mean: dockscope container?"), r.describe());
    }

    @Test
    void aWordFarFromEveryCommandListsThemAll() {
        Cli.Result r = run("zzzzzzzzzz");
        assertTrue(r.err().contains("Commands: image, container, health"), r.describe());
    }

    @Test
    void anUnknownOptionStillNamesTheOption() {
        Cli.Result r = run("--frobnicate");
        assertTrue(r.err().contains("--frobnicate"), r.describe());
    }

    @Test
    void anExtraWordAfterASubcommandIsNotCalledACommand() {
        Cli.Result r = run("version", "extra");
        assertFalse(r.err().contains("unknown command"), r.describe());
        assertTrue(r.err().contains("unexpected argument 'extra' for dockscope version"), r.describe());
    }
}
