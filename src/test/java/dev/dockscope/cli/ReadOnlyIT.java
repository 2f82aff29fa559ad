package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.RecordingProxy;
import dev.dockscope.support.TestDaemon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves the read-only promise end to end: every explain command runs through a recording proxy in front of the real
 * daemon, and only GET or HEAD requests may pass.
 */
@ExtendWith(DaemonExtension.class)
class ReadOnlyIT {
    /** Every command that talks to the daemon, with arguments that make it do its full work. */
    static List<String[]> explainCommands() {
        List<String[]> c = new ArrayList<>();
        c.add(new String[] {"version"});
        c.add(new String[] {"--version"});
        c.add(new String[] {"image", TestDaemon.baseImage()});
        c.add(new String[] {"image", TestDaemon.baseImage(), "-o", "json"});
        c.add(new String[] {"learn"});
        c.add(new String[] {"runtime"});
        c.add(new String[] {"runtime", "-o", "json"});
        c.add(new String[] {});
        c.add(new String[] {"-o", "json"});
        String checked = healthChecked();
        c.add(new String[] {"container"});
        c.add(new String[] {"container", "-o", "json"});
        c.add(new String[] {"container", checked});
        c.add(new String[] {"container", checked, "-o", "json"});
        c.add(new String[] {"health"});
        c.add(new String[] {"health", checked, "-o", "json"});
        c.add(new String[] {"health", checked, "--watch", "--interval", "1", "--watch-count", "2"});
        c.add(new String[] {"network"});
        c.add(new String[] {"network", "-o", "json"});
        c.add(new String[] {"network", "none"});
        c.add(new String[] {"network", "host", "-o", "json"});
        c.add(new String[] {"volume"});
        c.add(new String[] {"volume", "-o", "json"});
        c.add(new String[] {"compose"});
        c.add(new String[] {"compose", "-o", "json"});
        c.add(new String[] {"compose", "-f", "src/test/resources/compose/corpus/full/compose.yaml", "-o", "json"});
        c.add(new String[] {"tour", "--no-pause"});
        c.add(new String[] {"tour", "-o", "json"});
        c.add(new String[] {"image", TestDaemon.baseImage(), "--files", "--ci", "--lowest-efficiency", "off",
            "--highest-user-wasted-percent", "off", "--path", "/bin/**"});
        for (dev.dockscope.concepts.Concept card : dev.dockscope.concepts.Concept.values()) {
            c.add(new String[] {"learn", card.slug(), "-o", "json"});
        }
        return c;
    }

    /** A running container with a health check (so container and health read stats, top, changes and probes). */
    private static String healthChecked() {
        String name = TestDaemon.name("readonly");
        TestDaemon.track("container", name);
        TestDaemon.docker("run", "-d", "--name", name, "--label", TestDaemon.LABEL + "=1", "--health-cmd", "true",
                "--health-interval", "1s", TestDaemon.baseImage(), "sleep", "600");
        return name;
    }

    @Test
    void explainCommandsSendOnlyGetAndHead(@TempDir Path dir) throws Exception {
        try (RecordingProxy proxy = new RecordingProxy(dir, TestDaemon.host())) {
            for (String[] args : explainCommands()) {
                Cli.Result r = Cli.create().env("DOCKER_HOST", proxy.host()).run(args);
                assertTrue(r.exitCode() == 0, r.describe());
            }
            List<String> seen = proxy.requests();
            assertFalse(seen.isEmpty(), "the proxy saw no request at all");
            for (String request : seen) {
                assertTrue(request.startsWith("GET ") || request.startsWith("HEAD "), "non-read request: " + request
                        + " in " + seen);
            }
        }
    }
}
