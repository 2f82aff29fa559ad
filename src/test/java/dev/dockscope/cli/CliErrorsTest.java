package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.render.json.Json;
import dev.dockscope.support.Cli;
import org.junit.jupiter.api.Test;

class CliErrorsTest {
    private static final String NOWHERE = "unix:///nonexistent/dockscope.sock";

    @Test
    void unknownFlagIsAUsageError() {
        Cli.Result r = Cli.create().run("version", "--bogus");
        r.assertExit(2);
        assertTrue(r.err().contains("Unknown option: '--bogus'"), r.describe());
        assertTrue(r.err().contains("dockscope version --help"), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void sourceDoesNotApplyToAnArchive() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", NOWHERE)
                .run("image", "--archive", "examples/sample-image.tar", "--files", "--source", "store");
        r.assertExit(2);
        assertTrue(r.err().contains("--source store chooses between the daemon's layer store and its export"),
                r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void unknownSourceIsAUsageError() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", NOWHERE).run("image", "x", "--files", "--source", "disk");
        r.assertExit(2);
        assertTrue(r.err().contains("auto, store, export"), r.describe());
    }

    @Test
    void unreachableDaemonExitsThreeNamingEndpointAndSource() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", NOWHERE).run("version");
        r.assertExit(3);
        assertTrue(r.err().contains(NOWHERE), r.describe());
        assertTrue(r.err().contains("DOCKER_HOST"), r.describe());
        assertTrue(r.err().contains("Is Docker running?"), r.describe());
        assertFalse(r.err().contains("Exception"), r.describe());
        assertFalse(r.err().contains("\tat "), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void hostFlagIsNamedAsTheSource() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", null).run("version", "--host", NOWHERE);
        r.assertExit(3);
        assertTrue(r.err().contains("the --host flag"), r.describe());
    }

    @Test
    void jsonErrorsAreJsonOnStderr() throws Exception {
        Cli.Result r = Cli.create().env("DOCKER_HOST", NOWHERE).run("version", "-o", "json");
        r.assertExit(3);
        JsonNode err = Json.MAPPER.readTree(r.err()).get("error");
        assertEquals(3, err.get("exitCode").asInt(), r.describe());
        assertEquals("daemonUnreachable", err.get("kind").asText(), r.describe());
        assertTrue(err.get("message").asText().contains(NOWHERE), r.describe());
        assertEquals("", r.out(), r.describe());
    }

    @Test
    void debugShowsTheStackTrace() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", NOWHERE).run("version", "--debug");
        r.assertExit(3);
        assertTrue(r.err().contains("\tat "), r.describe());
    }

    @Test
    void badWidthIsAUsageError() {
        Cli.Result r = Cli.create().run("version", "--width", "5");
        r.assertExit(2);
        assertTrue(r.err().contains("--width must be between 40 and 1000"), r.describe());
    }

    @Test
    void badOutputFormatListsTheChoices() {
        Cli.Result r = Cli.create().run("version", "-o", "yaml");
        r.assertExit(2);
        assertTrue(r.err().contains("text, json"), r.describe());
    }

    @Test
    void helpListsExitCodesAndEnvironment() {
        Cli.Result r = Cli.create().run("--help");
        r.assertExit(0);
        assertTrue(r.out().contains("Exit codes:"), r.describe());
        assertTrue(r.out().contains(" 70   internal error"), r.describe());
        assertTrue(r.out().contains("DOCKER_HOST"), r.describe());
        assertTrue(r.out().contains("NO_COLOR"), r.describe());
    }

    @Test
    void versionFlagReportsAnUnreachableDaemonWithoutFailing() {
        Cli.Result r = Cli.create().env("DOCKER_HOST", NOWHERE).run("--version");
        r.assertExit(0);
        assertTrue(r.out().contains("not reachable"), r.describe());
        assertTrue(r.out().contains("from the DOCKER_HOST environment variable"), r.describe());
    }

    @Test
    void onlyTheNamedCommandIsBuiltAndOptionValuesAreSkipped() {
        assertEquals("image", CommandFactory.invokedSubcommand("--host", "unix:///x", "-o", "json", "image", "a"));
        assertEquals("lint", CommandFactory.invokedSubcommand("--color=never", "lint"));
        assertEquals(null, CommandFactory.invokedSubcommand("--help"));
        assertEquals(null, CommandFactory.invokedSubcommand("help", "image"));
        assertEquals(null, CommandFactory.invokedSubcommand("imagex"));
    }

    @Test
    void unknownCommandIsAUsageErrorListingTheCommands() {
        Cli.Result r = Cli.create().run("imagex");
        r.assertExit(2);
        assertTrue(r.err().contains("imagex"), r.describe());
    }

    @Test
    void helpForASubcommandStillWorks() {
        Cli.Result r = Cli.create().run("help", "image");
        r.assertExit(0);
        assertTrue(r.out().contains("Usage: dockscope image"), r.describe());
    }
}
