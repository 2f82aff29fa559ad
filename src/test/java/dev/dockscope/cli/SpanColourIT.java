package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.render.text.TextWidth;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The commands whose renderers build styled spans, on real objects: on a terminal they colour, and a line cut to a
 * narrow {@code --width} keeps its colour up to the ellipsis; with NO_COLOR, or when stdout is not a terminal, not
 * one escape byte is written.
 */
@ExtendWith(DaemonExtension.class)
class SpanColourIT {
    private static final Pattern CUT_IN_COLOUR = Pattern.compile("\u001b\\[[0-9;]+m[^\u001b]+\u001b\\[m…$");
    static final String CONTAINER = TestDaemon.name("spans-c");
    static final String NETWORK = TestDaemon.name("spans-n");
    static final String PROJECT = TestDaemon.name("spans-p");

    @BeforeAll
    static void create() {
        String image = TestDaemon.baseImage();
        TestDaemon.track("network", NETWORK);
        TestDaemon.docker("network", "create", "--internal", "--label", TestDaemon.LABEL + "=1", NETWORK);
        TestDaemon.track("container", CONTAINER);
        TestDaemon.docker("run", "-d", "--name", CONTAINER, "--label", TestDaemon.LABEL + "=1", "--network", NETWORK,
                "--label", "com.docker.compose.project=" + PROJECT, "--label", "com.docker.compose.service=web",
                "--memory", "64m", image, "sleep", "600");
    }

    private static List<String[]> commands() {
        List<String[]> c = new ArrayList<>();
        c.add(new String[] {"container"});
        c.add(new String[] {"container", CONTAINER});
        c.add(new String[] {"network"});
        c.add(new String[] {"network", NETWORK});
        c.add(new String[] {"compose"});
        c.add(new String[] {"compose", PROJECT});
        c.add(new String[] {"image", TestDaemon.baseImage(), "--files"});
        c.add(new String[] {"lint", "--rules"});
        c.add(new String[] {"lint", "--explain", "DS101"});
        return c;
    }

    private static String[] with(String[] cmd, String... more) {
        String[] a = new String[cmd.length + more.length];
        System.arraycopy(cmd, 0, a, 0, cmd.length);
        System.arraycopy(more, 0, a, cmd.length, more.length);
        return a;
    }

    @Test
    void onATerminalACutLineKeepsItsColour() {
        for (String[] cmd : commands()) {
            Cli.Result r = Cli.create().tty(true).run(with(cmd, "--width", "40")).assertExit(0);
            assertTrue(r.out().contains("\u001b["), r.describe());
            assertTrue(r.out().lines().anyMatch(l -> CUT_IN_COLOUR.matcher(l).find()),
                    "no coloured span cut at the width: " + r.describe());
            r.out().lines().forEach(l -> assertTrue(TextWidth.of(l) <= 40, "wider than 40: " + l + "\n" + r.describe()));
        }
    }

    @Test
    void noColorAndAPipeWriteNoEscape() {
        for (String[] cmd : commands()) {
            for (Cli cli : List.of(Cli.create().tty(true).env("NO_COLOR", "1"), Cli.create().tty(false))) {
                Cli.Result r = cli.run(with(cmd, "--width", "40")).assertExit(0);
                assertFalse(r.out().isBlank(), r.describe());
                assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), r.describe());
            }
        }
    }
}
