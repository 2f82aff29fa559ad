package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release launcher finds the run's command word (for its start-up archive's family) by skipping options with
 * their values, in bash; the command line does it in {@link CommandFactory#invokedSubcommand} and the docker plugin's
 * translation in {@link DockerPluginArgs}. The launcher's list is the union of the two, so that a valued option added
 * to either is not taken for a command word there.
 */
class LauncherValuedOptionsTest {
    @Test
    void theLauncherSkipsTheValuedOptionsTheCommandLineAndThePluginSkip() throws Exception {
        String launcher = Files.readString(Path.of("src/dist/bin/dockscope"));
        Matcher m = Pattern.compile("\\n\\s+(-H \\| --host \\|[^)]*)\\) skip=1 ;;").matcher(launcher);
        if (!m.find()) {
            throw new AssertionError("no valued-option case in the launcher");
        }
        Set<String> skipped = new TreeSet<>();
        for (String o : m.group(1).replace("\\\n", " ").split("\\|")) {
            skipped.add(o.trim());
        }
        Set<String> expected = new TreeSet<>(CommandFactory.VALUED);
        expected.addAll(DockerPluginArgs.VALUED);
        assertEquals(expected, skipped);
    }
}
