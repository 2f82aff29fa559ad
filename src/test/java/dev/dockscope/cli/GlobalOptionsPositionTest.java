package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 15, case 8: every global option counts before the command name as after it, for every command (picocli's
 * inherited scope: both positions set the root's options, which every command reads).
 */
class GlobalOptionsPositionTest {
    /** The least each command needs to parse. */
    private static final Map<String, List<String>> MINIMAL = Map.of("image", List.of("app:1"),
            "cache", List.of("Dockerfile", "--changed", "package.json"));

    private record Global(String name, List<String> args, Function<GlobalOptions, Object> read, Object expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Global> GLOBALS = List.of(
            new Global("-H", List.of("-H", "tcp://prod:2376"), GlobalOptions::host, "tcp://prod:2376"),
            new Global("--host", List.of("--host", "unix:///x.sock"), GlobalOptions::host, "unix:///x.sock"),
            new Global("-c", List.of("-c", "remote"), GlobalOptions::context, "remote"),
            new Global("--context", List.of("--context", "remote"), GlobalOptions::context, "remote"),
            new Global("-o", List.of("-o", "json"), GlobalOptions::output, OutputFormat.json),
            new Global("--output", List.of("--output", "json"), GlobalOptions::output, OutputFormat.json),
            new Global("--color", List.of("--color", "never"), GlobalOptions::color, ColorMode.never),
            new Global("--ascii", List.of("--ascii"), GlobalOptions::ascii, true),
            new Global("--width", List.of("--width", "77"), GlobalOptions::width, 77),
            new Global("--timeout", List.of("--timeout", "7"), GlobalOptions::timeout, Duration.ofSeconds(7)),
            new Global("--debug", List.of("--debug"), GlobalOptions::debug, true));

    static Stream<Arguments> everyCommandAndOption() {
        List<Arguments> out = new ArrayList<>();
        for (String command : RootCommand.SUBCOMMANDS) {
            if (command.equals("help")) {
                continue;
            }
            for (Global g : GLOBALS) {
                out.add(Arguments.of(command, g));
            }
        }
        return out.stream();
    }

    private static GlobalOptions parsed(List<String> args) {
        Io io = new Io(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                name -> null, false, false, new ByteArrayInputStream(new byte[0]));
        String[] a = args.toArray(String[]::new);
        CommandLine cmd = CommandFactory.commandLine(io, dev.dockscope.Dockscope.wiring(), a);
        List<CommandLine> parsed = cmd.parseArgs(a).asCommandLineList();
        Object last = parsed.get(parsed.size() - 1).getCommand();
        return ((BaseCommand) last).global();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyCommandAndOption")
    void aGlobalOptionCountsBeforeAndAfterTheCommand(String command, Global g) {
        List<String> before = new ArrayList<>(g.args());
        before.add(command);
        before.addAll(MINIMAL.getOrDefault(command, List.of()));
        List<String> after = new ArrayList<>();
        after.add(command);
        after.addAll(MINIMAL.getOrDefault(command, List.of()));
        after.addAll(g.args());
        assertEquals(g.expected(), g.read().apply(parsed(before)), "before: " + before);
        assertEquals(g.expected(), g.read().apply(parsed(after)), "after: " + after);
    }

    @Test
    void outputJsonBeforeTheCommandPrintsJson() throws Exception {
        Cli.Result r = Cli.create().run("-o", "json", "learn", "--no-live");
        r.assertExit(0);
        assertTrue(Json.MAPPER.readTree(r.out()).isContainerNode(), r.describe());
    }

    @Test
    void asciiBeforeTheCommandDrawsNoBoxes() {
        Cli.Result r = Cli.create().run("--ascii", "--color", "never", "learn", "image", "--no-live");
        r.assertExit(0);
        assertFalse(r.out().chars().anyMatch(c -> c >= 0x2500 && c <= 0x259f), r.describe());
        Cli.Result boxes = Cli.create().run("--color", "never", "learn", "image", "--no-live");
        assertTrue(boxes.out().chars().anyMatch(c -> c >= 0x2500 && c <= 0x259f), "the check cannot fail"
                + boxes.describe());
    }

    @Test
    void hostBeforeTheCommandIsTheDaemonAsked() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", "unix:///nonexistent/other.sock")
                .run("-H", "unix:///nonexistent/prod.sock", "image", "app:1");
        r.assertExit(3);
        assertTrue(r.err().contains("/nonexistent/prod.sock"), r.describe());
        assertTrue(r.err().contains("the --host flag"), r.describe());
    }

    @Test
    void widthBeforeTheCommandIsChecked() {
        Cli.Result r = Cli.create().run("--width", "5", "learn", "--no-live");
        r.assertExit(2);
        assertTrue(r.err().contains("--width must be between"), r.describe());
        assertEquals("", r.out(), r.describe());
    }
}
