package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.docker.source.SourceMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The models written out by hand ({@link Model}): the commands of the benched start-up paths (the root, lint, learn,
 * image) and every other command but plugin carry no picocli annotation left for picocli to read, and the values of a parse land in their fields as
 * picocli's annotation bindings put them there (lists accumulate and split, defaults apply, initial values stay).
 * That help, man pages and completions are unchanged is checked by the docs-are-current test and the help goldens.
 */
class HandBuiltModelTest {
    private static CommandLine parse(String... args) {
        Io io = new Io(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                name -> null, false, false, new ByteArrayInputStream(new byte[0]));
        CommandLine cmd = CommandFactory.commandLine(io, dev.dockscope.Dockscope.wiring(), args);
        cmd.parseArgs(args);
        return cmd;
    }

    private static <T> T sub(CommandLine root, String name, Class<T> type) {
        return type.cast(root.getSubcommands().get(name).getCommand());
    }

    private static List<AnnotatedElement> members(Class<?> c) {
        List<AnnotatedElement> all = new ArrayList<>();
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            all.add(k);
            all.addAll(List.of(k.getDeclaredFields()));
            all.addAll(List.of(k.getDeclaredMethods()));
        }
        return all;
    }

    @Test
    void theHandBuiltCommandsAndTheGlobalOptionsCarryNoPicocliAnnotation() {
        for (Class<?> c : List.of(RootCommand.class, GlobalOptions.class, LintCommand.class, LearnCommand.class,
                ImageCommand.class, VersionCommand.class, RuntimeCommand.class, ContainerCommand.class,
                NetworkCommand.class, VolumeCommand.class, HealthCommand.class, TourCommand.class, CacheCommand.class,
                ComposeCommand.class)) {
            for (AnnotatedElement e : members(c)) {
                if (e instanceof Field f && f.getName().equals("helpOption") && f.getDeclaringClass() == BaseCommand.class) {
                    continue; // the annotated commands' -h; a hand-built model is not inspected, so never read
                }
                if (e instanceof Field f && f.getName().equals("spec") && f.getDeclaringClass() == BaseCommand.class) {
                    continue; // likewise: model() sets it itself
                }
                for (var a : e.getAnnotations()) {
                    assertTrue(!a.annotationType().getName().startsWith("picocli."),
                            c.getSimpleName() + ": " + e + " has " + a);
                }
            }
        }
    }

    @Test
    void aHandBuiltCommandKnowsItsSpecAndItsRoot() {
        CommandLine root = parse("lint", "-o", "json", "Dockerfile");
        LintCommand lint = sub(root, "lint", LintCommand.class);
        assertSame(root.getSubcommands().get("lint").getCommandSpec(), lint.spec);
        assertSame(((RootCommand) root.getCommand()).options, lint.global());
        assertEquals(OutputFormat.json, lint.global().output());
        CommandSpec r = root.getCommandSpec();
        assertEquals("dockscope", r.name());
        assertEquals("[COMMAND]", r.usageMessage().synopsisSubcommandLabel());
        OptionSpec inherited = root.getSubcommands().get("lint").getCommandSpec().findOption("--host");
        assertNotNull(inherited);
        assertTrue(inherited.inherited());
    }

    @Test
    void listOptionsSplitAndAccumulateAndPositionalsCollect() {
        LintCommand lint = sub(parse("lint", "--ignore", "DS301,DS302", "--ignore", "DS401", "a", "b",
                "--changed", "x", "y"), "lint", LintCommand.class);
        assertEquals(List.of("DS301", "DS302", "DS401"), lint.ignore);
        // --changed takes 1..* values: a and b come before it, so they are the paths
        assertEquals(List.of("a", "b"), lint.paths);
        assertEquals(List.of("x", "y"), lint.changed);
        LintCommand none = sub(parse("lint"), "lint", LintCommand.class);
        assertEquals(List.of(), none.paths);
        assertEquals(List.of(), none.ignore);
        assertNull(none.changed);
        assertNull(none.format);
    }

    @Test
    void typedValuesAndDefaultsLandInTheFields() {
        ImageCommand image = sub(parse("image", "--sort", "SIZE", "--depth", "5", "--ci-config", "ci.yaml",
                "--layers-only", "app:1", "app:2"), "image", ImageCommand.class);
        assertEquals(ImageCommand.Sort.size, image.sort); // enum values are case-insensitive
        assertEquals(5, image.depth);
        assertEquals(Path.of("ci.yaml"), image.ciConfig);
        assertTrue(image.layersOnly);
        assertEquals(List.of("app:1", "app:2"), image.refs);
        ImageCommand plain = sub(parse("image", "app"), "image", ImageCommand.class);
        assertEquals(ImageCommand.Sort.order, plain.sort);
        assertEquals(SourceMode.auto, plain.source);
        assertEquals(2, plain.depth);
        assertTrue(!plain.files && !plain.ci && plain.archive == null && plain.junit == null);

        LearnCommand learn = sub(parse("learn", "--no-live", "cache"), "learn", LearnCommand.class);
        assertEquals("cache", learn.card);
        assertTrue(learn.noLive);
        assertTrue(!learn.answers);
        assertNull(learn.search);
    }

    @Test
    void theDaemonCommandsTakeTheirNames() {
        assertEquals(List.of("web", "db"), sub(parse("container", "web", "db"), "container", ContainerCommand.class).names);
        assertEquals("front", sub(parse("network", "front"), "network", NetworkCommand.class).name);
        assertEquals("data", sub(parse("volume", "data"), "volume", VolumeCommand.class).name);
        assertNull(sub(parse("volume"), "volume", VolumeCommand.class).name);
        CommandLine.ParameterException extra = org.junit.jupiter.api.Assertions.assertThrows(
                CommandLine.ParameterException.class, () -> parse("network", "a", "b"));
        assertTrue(extra.getMessage().contains("b"), extra.getMessage());
    }

    @Test
    void requiredHiddenAndRepeatedOptionsKeepTheirRules() {
        CacheCommand cache = sub(parse("cache", "Dockerfile", "--changed", "a", "b", "--image", "app"), "cache",
                CacheCommand.class);
        assertEquals("Dockerfile", cache.dockerfile);
        assertEquals(List.of("a", "b"), cache.changed);
        assertEquals("app", cache.image);
        CommandLine.ParameterException missing = org.junit.jupiter.api.Assertions.assertThrows(
                CommandLine.ParameterException.class, () -> parse("cache", "Dockerfile"));
        assertEquals("Missing required option: '--changed=PATH'", missing.getMessage());
        assertThrows(() -> parse("cache", "--changed", "a"), "Missing required parameter: 'DOCKERFILE'");

        HealthCommand health = sub(parse("health", "--watch", "--watch-count", "3", "web"), "health",
                HealthCommand.class);
        assertTrue(health.watch);
        assertEquals(2, health.interval); // the default, though the field starts at 0
        assertEquals(3, health.watchCount);
        assertEquals(List.of("web"), health.names);
        assertTrue(parse("health").getSubcommands().get("health").getCommandSpec().findOption("--watch-count")
                .hidden());

        ComposeCommand compose = sub(parse("compose", "-f", "a.yml", "--file", "b.yml", "--profile", "dev", "-p",
                "shop", "--project-directory", "app"), "compose", ComposeCommand.class);
        assertEquals(List.of(Path.of("a.yml"), Path.of("b.yml")), compose.files);
        assertEquals(List.of("dev"), compose.profiles);
        assertEquals("shop", compose.projectName);
        assertEquals(Path.of("app"), compose.directory);
        assertNull(compose.project);

        TourCommand tour = sub(parse("tour", "--no-pause"), "tour", TourCommand.class);
        assertTrue(tour.noPause);
        assertTrue(!tour.sample);
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable run, String message) {
        assertEquals(message, org.junit.jupiter.api.Assertions.assertThrows(CommandLine.ParameterException.class, run)
                .getMessage());
    }

    @Test
    void globalOptionsBindInEitherPositionWithTheirChecks() {
        CommandLine root = parse("--width", "80", "image", "--timeout", "5", "--ascii", "x");
        GlobalOptions g = ((RootCommand) root.getCommand()).options;
        assertEquals(80, g.width());
        assertEquals(java.time.Duration.ofSeconds(5), g.timeout());
        assertTrue(g.ascii());
        assertNull(g.host());
        CommandLine.ParameterException bad = org.junit.jupiter.api.Assertions.assertThrows(
                CommandLine.ParameterException.class, () -> parse("lint", "--width", "5"));
        assertEquals("--width must be between 40 and 1000, got 5", bad.getMessage());
        assertEquals("dockscope", bad.getCommandLine().getCommandSpec().name());
    }

    @Test
    void flagLabelsAreTheFieldNamesPicocliGaveThem() {
        assertEquals("layersOnly", Model.fieldName("--layers-only"));
        assertEquals("version", Model.fieldName("-V", "--version"));
        assertEquals("noCacheStory", Model.fieldName("--no-cache-story"));
        assertEquals("<noLive>", parse("learn").getSubcommands().get("learn").getCommandSpec()
                .findOption("--no-live").paramLabel());
    }

    @Test
    void annotatedCommandsLeaveTheirModelToPicocli() {
        Io io = new Io(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                name -> null, false, false, new ByteArrayInputStream(new byte[0]));
        // plugin (with its install and uninstall subcommands) is the one command left to picocli's annotations
        assertNull(new PluginCommand(io).model());
        CommandLine root = parse("plugin");
        assertTrue(root.getSubcommands().get("plugin").getCommandSpec().findOption("-h").usageHelp());
        assertEquals(List.of("install", "uninstall"),
                List.copyOf(root.getSubcommands().get("plugin").getSubcommands().keySet()));
    }
}
