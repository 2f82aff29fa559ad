package dev.dockscope.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FishCompletionTest {
    private final String fish = FishCompletion.generate(CommandDocs.tree(SampleCommands.commandLine()));
    private final List<String> lines = fish.lines().toList();

    private void assertLine(String expected) {
        assertTrue(lines.contains(expected), "missing line\n  " + expected + "\nin\n" + fish);
    }

    @Test
    void fileCompletionIsOffByDefault() {
        assertLine("complete -c tool -f");
    }

    @Test
    void topLevelSubcommandsCompleteWithTheirSummary() {
        assertLine("complete -c tool -n '__fish_use_subcommand' -a check -d 'Check a Dockerfile'");
        assertLine("complete -c tool -n '__fish_use_subcommand' -a remote -d 'Manage remotes'");
    }

    @Test
    void hiddenCommandsAreLeftOut() {
        assertFalse(fish.contains("secret"), fish);
    }

    @Test
    void rootOptionsCompleteBeforeAnySubcommand() {
        assertLine("complete -c tool -n '__fish_use_subcommand' -s v -l verbose -d 'Say more.'");
    }

    @Test
    void enumOptionOffersItsValuesAndNoFiles() {
        assertLine("complete -c tool -n '__fish_seen_subcommand_from check' -s f -l fail-on -x -a 'info warning error'"
                + " -d 'Fail at or above (default: error).'");
    }

    @Test
    void pathOptionCompletesFilesAndQuotesAreEscaped() {
        assertLine("complete -c tool -n '__fish_seen_subcommand_from check' -l config -r -F"
                + " -d 'Rules file, e.g. \\'strict.yaml\\' or C:\\\\rules.'");
    }

    @Test
    void otherValuedOptionsRequireAValueWithoutFiles() {
        assertLine("complete -c tool -n '__fish_seen_subcommand_from check' -l label -x -d 'Extra label.'");
    }

    @Test
    void pathPositionalsCompleteFiles() {
        assertLine("complete -c tool -n '__fish_seen_subcommand_from check' -r -F -d 'Dockerfiles to check.'");
    }

    @Test
    void nestedSubcommandsCompleteOnlyUnderTheirParent() {
        assertLine("complete -c tool -n '__fish_seen_subcommand_from remote; and not __fish_seen_subcommand_from add'"
                + " -a add -d 'Add a remote'");
        assertLine("complete -c tool -n '__fish_seen_subcommand_from remote; and __fish_seen_subcommand_from add'"
                + " -l name -x -d 'Its name.'");
    }

    @Test
    void helpCommandCompletesItsSiblings() {
        assertLine("complete -c tool -n '__fish_seen_subcommand_from help' -x -a 'check remote help'"
                + " -d 'The COMMAND to display the usage help message for.'");
    }

    @Test
    void quoteEscapesBackslashAndSingleQuoteOnly() {
        assertEquals("'it\\'s a \\\\ \"x\" $HOME'", FishCompletion.quote("it's a \\ \"x\" $HOME"));
    }
}
