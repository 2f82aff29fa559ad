package dev.dockscope.cli.docs;

import dev.dockscope.cli.CommandFactory;
import dev.dockscope.cli.Io;
import dev.dockscope.cli.Wiring;
import dev.dockscope.cli.docs.CommandDocs.Node;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes {@code completions/} (bash, zsh, fish) and {@code man/} (one troff page per command) from the picocli
 * model, exactly as {@code --help} describes the commands, and {@code docs/rules.md} from the rules' metadata. Run it with {@code scripts/gen-docs}; DocsAreCurrentTest
 * fails when the committed files differ from what this produces.
 */
public final class DocGen {
    public static final String COMPLETIONS = "completions";
    public static final String MAN = "man";

    private DocGen() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: DocGen REPO_ROOT");
            System.exit(2);
        }
        write(Path.of(args[0]));
    }

    /** The command line users get, with throwaway streams and an empty environment (so nothing local leaks in). */
    static CommandLine commandLine() {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        // the docs need only the command model: no command runs, so no finder is wired
        return CommandFactory.commandLine(new Io(nowhere, nowhere, k -> null, false, false), new Wiring(List::of));
    }

    /** Every generated file, by path relative to the repository root ("man/dockscope.1"). */
    public static SortedMap<String, String> render() {
        SortedMap<String, String> files = render(commandLine());
        files.put(RulesDoc.PATH, RulesDoc.generate());
        return files;
    }

    /** Every file for an arbitrary command tree (tests use small hand-made ones). */
    static SortedMap<String, String> render(CommandLine cl) {
        Node root = CommandDocs.tree(cl);
        String name = root.name();
        SortedMap<String, String> files = new TreeMap<>();
        String bash = AutoComplete.bash(name, cl).replace("\r\n", "\n");
        files.put(COMPLETIONS + "/" + name + ".bash", bash);
        files.put(COMPLETIONS + "/" + name + ".zsh", ZshCompletion.wrap(name, bash));
        files.put(COMPLETIONS + "/" + name + ".fish", FishCompletion.generate(root));
        addPages(root, root, null, files);
        return files;
    }

    private static void addPages(Node root, Node node, Node parent, SortedMap<String, String> files) {
        files.put(MAN + "/" + node.pageName() + ".1", ManPage.generate(root, node, parent));
        for (Node c : node.children()) {
            addPages(root, c, node, files);
        }
    }

    /** Writes all files under {@code root} and removes files in completions/ and man/ that are no longer made. */
    public static void write(Path root) throws IOException {
        SortedMap<String, String> files = render();
        for (String dir : List.of(COMPLETIONS, MAN)) {
            Path d = root.resolve(dir);
            Files.createDirectories(d);
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.toList()) {
                    if (Files.isRegularFile(p) && !files.containsKey(dir + "/" + p.getFileName())) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (var e : files.entrySet()) {
            Path p = root.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            byte[] bytes = e.getValue().getBytes(StandardCharsets.UTF_8);
            if (!Files.exists(p) || !java.util.Arrays.equals(Files.readAllBytes(p), bytes)) {
                Files.write(p, bytes);
            }
        }
    }
}
