package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.concepts.Concept;
import dev.dockscope.support.Cli;
import dev.dockscope.support.DaemonExtension;
import dev.dockscope.support.TestDaemon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Daemon objects whose labels, environment, file names, Compose project and health probe output carry terminal escapes
 * (OSC title, CSI colour), an 8-bit CSI and bidirectional overrides: no command may pass one of those bytes to stdout
 * or stderr, in text or JSON, with or without colour. Each hostile string starts with {@value #MARK}, so the test also
 * checks the strings did reach the output (cleaned), and the check is not vacuous. Every command that reads the daemon
 * is run ({@link #everyCommandThatReadsTheDaemonIsRun} fails when a new one is not in the list).
 */
@ExtendWith(DaemonExtension.class)
class HostileDaemonTextIT {
    static final String MARK = "MARK";
    /** OSC 0 (window title) ended by BEL, CSI 31m, 8-bit CSI, RLO, LRI, a C0 control and DEL. */
    static final String EVIL = MARK + "\u001b]0;pwned\u0007\u001b[31mred\u009b2J\u202eRTL\u2066x\u0001\u007f";
    static final String IMAGE = TestDaemon.name("hostile") + ":1";
    static final String CONTAINER = TestDaemon.name("hostile-c");
    static final String NETWORK = TestDaemon.name("hostile-n");

    @BeforeAll
    static void create() {
        String base = TestDaemon.baseImage();
        TestDaemon.build(IMAGE, String.join("\n",
                "FROM " + base,
                "ENV GREETING=\"" + EVIL + "\"",
                "LABEL note=\"" + EVIL + "\"",
                "RUN touch \"/" + MARK + "$(printf '\\033]0;t\\007\\033[1m')file\"",
                "CMD [\"sleep\", \"600\"]", ""), Map.of());
        TestDaemon.track("container", CONTAINER);
        TestDaemon.docker("run", "-d", "--name", CONTAINER, "--network", "none",
                "--label", TestDaemon.LABEL + "=hostile", "--label", "note=" + EVIL,
                "--label", "com.docker.compose.project=" + EVIL, "--label", "com.docker.compose.service=" + EVIL,
                "--health-cmd", "printf '" + MARK + "\\033]0;probe\\007\\033[31mout\\302\\233\\342\\200\\256'",
                "--health-interval", "1s", IMAGE);
        TestDaemon.track("network", NETWORK);
        TestDaemon.docker("network", "create", "--internal", "--label", "note=" + EVIL, NETWORK);
        TestDaemon.track("volume", TestDaemon.name("hostile-v"));
        TestDaemon.docker("volume", "create", "--label", "note=" + EVIL, TestDaemon.name("hostile-v"));
    }

    static void waitForProbe() throws InterruptedException {
        for (int i = 0; i < 40 && TestDaemon.docker("inspect", "-f", "{{len .State.Health.Log}}", CONTAINER)
                .equals("0"); i++) {
            Thread.sleep(500);
        }
    }

    /** Commands that never read the daemon (lint reads files, plugin writes the Docker CLI's plugin folder, help). */
    private static final Set<String> NO_DAEMON = Set.of("lint", "plugin", "help");

    private static List<String[]> commands() throws IOException {
        Path dockerfile = Files.createTempFile("hostile", ".Dockerfile");
        Files.writeString(dockerfile, "FROM scratch\nCOPY . /app\nRUN [\"/bin/busybox\", \"true\"]\n");
        dockerfile.toFile().deleteOnExit();
        List<String[]> out = new ArrayList<>();
        for (String[] base : List.of(new String[] {}, new String[] {"runtime"}, new String[] {"version"},
                new String[] {"image", IMAGE}, new String[] {"image", IMAGE, "--files"},
                new String[] {"image", IMAGE, "--files", "--path", "/" + MARK + "*"},
                new String[] {"image", IMAGE, "--ci"}, new String[] {"learn"},
                new String[] {"tour", "--no-pause"}, new String[] {"network"}, new String[] {"network", NETWORK},
                new String[] {"volume"}, new String[] {"volume", TestDaemon.name("hostile-v")},
                new String[] {"compose"}, new String[] {"compose", EVIL}, new String[] {"container"},
                new String[] {"container", CONTAINER}, new String[] {"health"}, new String[] {"health", CONTAINER},
                new String[] {"cache", dockerfile.toString(), "--changed", "x", "--image", IMAGE})) {
            out.add(base);
        }
        for (Concept c : Concept.values()) {
            out.add(new String[] {"learn", c.slug()});
        }
        return out;
    }

    @Test
    void noCommandPrintsTheDaemonsControlBytes() throws Exception {
        waitForProbe();
        StringBuilder seen = new StringBuilder();
        for (String[] command : commands()) {
            for (List<String> mode : List.of(List.of("--color", "never"), List.of("--color", "always"),
                    List.of("-o", "json"))) {
                List<String> args = new ArrayList<>(List.of(command));
                args.addAll(mode);
                Cli.Result r = Cli.create().run(args.toArray(String[]::new));
                // compose EVIL: the project name cannot be an argument's exact bytes after cleaning, so 4 is fine
                assertTrue(r.exitCode() == 0 || r.exitCode() == 1 || r.exitCode() == 4 && command[0].equals("compose"),
                        r.describe());
                boolean colour = mode.contains("always");
                assertSafe(r.out(), colour, r);
                assertSafe(r.err(), colour, r);
                seen.append(r.out());
            }
        }
        String all = seen.toString();
        assertTrue(all.contains(MARK + "red"), "the hostile label and env reached the output, cleaned");
        assertTrue(all.contains(MARK + "file"), "the hostile file name reached the --files output, cleaned");
        assertTrue(all.contains(MARK + "out"), "the hostile probe output reached the health card, cleaned");
        assertTrue(all.contains("Paths matching /" + MARK), "the --path pattern reached the output, cleaned");
    }

    @Test
    void everyCommandThatReadsTheDaemonIsRun() throws IOException {
        Set<String> run = new HashSet<>();
        for (String[] c : commands()) {
            if (c.length > 0) {
                run.add(c[0]);
            }
        }
        for (String name : RootCommand.SUBCOMMANDS) {
            assertTrue(run.contains(name) || NO_DAEMON.contains(name), "dockscope " + name + " is not checked here");
        }
    }

    @Test
    void theCheckCatchesEachHostileByte() {
        Cli.Result r = new Cli.Result("(none)", 0, "", "");
        for (String bad : List.of("\u001b]0;t\u0007", "a\u001b[31mb", "\u009b2J", "\u202e", "\u2066", "\u0001", "\u007f",
                "MARK\u001b[1m")) {
            assertThrows(AssertionError.class, () -> assertSafe(bad, bad.startsWith("MARK"), r),
                    bad);
        }
        assertSafe("plain \u001b[1mbold\u001b[0m \ufffd\n", true, r);
    }

    /** No C0 control but newline, no DEL, no C1, no bidi control; with colour, only SGR sequences dockscope writes. */
    static void assertSafe(String s, boolean colour, Cli.Result r) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0x1b && colour && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                int end = i + 2;
                while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == ';')) {
                    end++;
                }
                assertTrue(end < s.length() && s.charAt(end) == 'm', "not an SGR sequence at " + i + r.describe());
                assertFalse(s.startsWith(MARK, Math.max(0, i - MARK.length())), r.describe());
                i = end;
                continue;
            }
            boolean control = (c < 0x20 && c != '\n') || c == 0x7f || (c >= 0x80 && c <= 0x9f);
            boolean bidi = (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f;
            assertFalse(control || bidi, "U+" + Integer.toHexString(c) + " at " + i + " of" + r.describe());
        }
        assertFalse(s.contains("pwned") || s.contains("probe\u0007"), "an OSC body survived" + r.describe());
    }
}
