package dev.dockscope.cli.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed completions/ and man/ are exactly what the current command tree generates. */
class DocsAreCurrentTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final String FIX = "completions/, man/ or docs/rules.md are stale: run scripts/gen-docs and commit the result.";

    @Test
    void committedCompletionsAndManPagesMatchTheCommandTree(@TempDir Path tmp) throws IOException {
        DocGen.write(tmp);
        List<String> problems = new ArrayList<>();
        for (String dir : List.of(DocGen.COMPLETIONS, DocGen.MAN)) {
            TreeSet<String> names = new TreeSet<>(list(tmp.resolve(dir)));
            names.addAll(list(REPO.resolve(dir)));
            for (String name : names) {
                Path fresh = tmp.resolve(dir).resolve(name);
                Path committed = REPO.resolve(dir).resolve(name);
                if (!Files.exists(committed)) {
                    problems.add("missing: " + dir + "/" + name);
                } else if (!Files.exists(fresh)) {
                    problems.add("extra (no longer generated): " + dir + "/" + name);
                } else {
                    String want = Files.readString(fresh, StandardCharsets.UTF_8);
                    String have = Files.readString(committed, StandardCharsets.UTF_8);
                    if (!want.equals(have)) {
                        problems.add("differs: " + dir + "/" + name + " " + firstDifference(want, have));
                    }
                }
            }
        }
        String rules = Files.readString(tmp.resolve(RulesDoc.PATH), StandardCharsets.UTF_8);
        Path committedRules = REPO.resolve(RulesDoc.PATH);
        if (!Files.exists(committedRules)) {
            problems.add("missing: " + RulesDoc.PATH);
        } else if (!rules.equals(Files.readString(committedRules, StandardCharsets.UTF_8))) {
            problems.add("differs: " + RulesDoc.PATH + " " + firstDifference(rules,
                    Files.readString(committedRules, StandardCharsets.UTF_8)));
        }
        if (!problems.isEmpty()) {
            fail(FIX + "\n  " + String.join("\n  ", problems));
        }
    }

    @Test
    void generationIsReproducible() {
        SortedMap<String, String> first = DocGen.render();
        SortedMap<String, String> second = DocGen.render();
        assertEquals(first, second, "two runs of the generator must give identical files");
    }

    @Test
    void everyCommandHasAManPageAndEveryShellACompletion() {
        SortedMap<String, String> files = DocGen.render();
        List<String> expected = new ArrayList<>(List.of("completions/dockscope.bash", "completions/dockscope.fish",
                "completions/dockscope.zsh", RulesDoc.PATH));
        for (CommandDocs.Node n : CommandDocs.flatten(CommandDocs.tree(DocGen.commandLine()))) {
            expected.add("man/" + n.pageName() + ".1");
        }
        assertEquals(new TreeSet<>(expected), files.keySet());
        assertTrue(files.containsKey("man/dockscope.1") && files.containsKey("man/dockscope-version.1"), files.keySet()::toString);
    }

    private static List<String> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        }
    }

    private static String firstDifference(String want, String have) {
        String[] w = want.split("\n", -1);
        String[] h = have.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, h.length); i++) {
            String a = i < w.length ? w[i] : "<end of file>";
            String b = i < h.length ? h[i] : "<end of file>";
            if (!a.equals(b)) {
                return "at line " + (i + 1) + ":\n    generated: " + a + "\n    committed: " + b;
            }
        }
        return "(line endings)";
    }
}
