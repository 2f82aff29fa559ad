package dev.dockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The start-up savings in building picocli's model keep the command line it builds: no command asks picocli to scan
 * its methods for {@code @Command} subcommands (it has none; the scan parses every method's annotations on every
 * run; this holds for the annotated commands and for those whose model {@link Model} writes out by hand), and the exit-code list is the same right-aligned table without {@code String.format}.
 */
class CommandModelCostTest {
    private static CommandLine full() {
        Io io = new Io(new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()),
                name -> null, false, false, new ByteArrayInputStream(new byte[0]));
        return CommandFactory.commandLine(io, dev.dockscope.Dockscope.wiring());
    }

    private static void collect(CommandLine cmd, List<CommandLine> out) {
        out.add(cmd);
        for (CommandLine sub : cmd.getSubcommands().values()) {
            collect(sub, out);
        }
    }

    @Test
    void everyDockscopeCommandSkipsTheMethodSubcommandScan() {
        List<CommandLine> all = new ArrayList<>();
        collect(full(), all);
        int ours = 0;
        for (CommandLine c : all) {
            Class<?> type = c.getCommand().getClass();
            if (!type.getPackageName().startsWith("dev.dockscope")) {
                continue; // picocli's own help command
            }
            ours++;
            Command a = type.getAnnotation(Command.class);
            // a model written out by hand (Model) has no @Command; picocli reads the annotations of the others
            assertTrue(a != null || ((BaseCommand) c.getCommand()).model() != null, type.getSimpleName());
            assertFalse(a != null && a.addMethodSubcommands(),
                    type.getSimpleName() + " must say addMethodSubcommands = false");
            assertFalse(c.getCommandSpec().isAddMethodSubcommands(), type.getSimpleName());
        }
        // the root, its thirteen commands and plugin's install and uninstall
        assertEquals(RootCommand.SUBCOMMANDS.size() - 1 + 1 + 2, ours, "commands found: " + all.size());
    }

    @Test
    void exitCodeListIsRightAlignedInThreeColumnsAsWithFormat() {
        Map<String, String> list = CommandFactory.exitCodeList();
        List<String> keys = new ArrayList<>(list.keySet());
        assertEquals(ExitCode.values().length, keys.size(), list.toString());
        for (int i = 0; i < keys.size(); i++) {
            ExitCode c = ExitCode.values()[i];
            assertEquals(String.format("%3d", c.code()), keys.get(i));
            assertEquals(c.meaning(), list.get(keys.get(i)));
        }
        assertTrue(keys.contains(" 70") && keys.contains("  0"), keys.toString());
    }
}
