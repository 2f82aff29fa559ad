package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link LintContext#instructions(String...)} and its per-stage form hold exactly the instructions a walk over the
 * file (or the stage) that keeps those with one of the keywords would see, in the same order, on every Dockerfile
 * the tests ship and on generated stage forests; {@link Linter#first} is a stable sort's first items. Not timed.
 */
class InstructionsByKeywordTest {
    /** The keyword sets the rules ask for, and others (unknown keywords, repeats, an empty set's neighbours). */
    private static final List<String[]> ASKED = List.of(new String[] {"RUN"}, new String[] {"COPY", "ADD"},
            new String[] {"CMD", "ENTRYPOINT"}, new String[] {"ENV", "LABEL", "ONBUILD"}, new String[] {"EXPOSE"},
            new String[] {"CMD", "ENTRYPOINT", "RUN"}, new String[] {"ARG", "ENV"}, new String[] {"MAINTAINER"},
            new String[] {"WORKDIR", "COPY", "ADD", "RUN"}, new String[] {"SHELL", "RUN"}, new String[] {"USER"},
            new String[] {"ENV", "RUN"}, new String[] {"COPY", "ADD", "RUN"}, new String[] {"ONBUILD"},
            new String[] {"HEALTHCHECK"}, new String[] {"FROM"}, new String[] {"NOPE", "RUN"},
            new String[] {"RUN", "RUN"}, new String[] {"run"}, new String[] {"ARG", "FROM", "ENV"});

    private static List<Instruction> walked(List<Instruction> all, String[] keywords) {
        List<Instruction> out = new ArrayList<>();
        for (Instruction i : all) {
            if (Arrays.stream(keywords).anyMatch(i::is)) {
                out.add(i);
            }
        }
        return out;
    }

    private static void sameAsAWalk(String name, String text) {
        Dockerfile df = DockerfileParser.parse(name, text);
        LintContext ctx = new LintContext(df, null, null, Config.EMPTY);
        // asked twice (the second answer of a set comes from the merged positions), and in a fork after prepare
        LintContext prepared = new LintContext(DockerfileParser.parse(name, text), null, null, Config.EMPTY);
        prepared.prepare();
        LintContext fork = prepared.fork();
        for (int round = 0; round < 2; round++) {
            for (String[] k : ASKED) {
                assertEquals(walked(df.instructions(), k), ctx.instructions(k), name + " " + Arrays.toString(k));
                assertEquals(walked(prepared.df().instructions(), k), fork.instructions(k), name + " (fork)");
                for (Stage s : df.stages()) {
                    assertEquals(walked(s.instructions(), k), ctx.instructions(s, k),
                            name + " stage " + s.index() + " " + Arrays.toString(k));
                }
                for (Stage s : prepared.df().stages()) {
                    assertEquals(walked(s.instructions(), k), fork.instructions(s, k), name + " (fork)");
                }
            }
        }
    }

    @Test
    void everyShippedDockerfileGivesTheInstructionsAWalkGives() throws IOException {
        List<String> files = LinterParallelTest.shippedDockerfiles();
        assertTrue(files.size() > 500, "hadolint cases, lint examples and fuzz seeds: " + files.size());
        for (int k = 0; k < files.size(); k++) {
            sameAsAWalk("f" + k, files.get(k));
        }
        sameAsAWalk("all", String.join("\n", files));
    }

    @Test
    void generatedStageForestsGiveTheInstructionsAWalkGives() {
        Random random = new Random(7);
        String[] lines = {"RUN make", "COPY . .", "ADD x /x", "ENV A=1", "ARG B", "LABEL a=b", "EXPOSE 80", "USER app",
            "WORKDIR /w", "SHELL [\"/bin/bash\", \"-c\"]", "CMD x", "ENTRYPOINT y", "ONBUILD RUN z",
            "ONBUILD COPY . .", "HEALTHCHECK NONE", "MAINTAINER me", "run lower", "RUN a \\\n  && b",
            "RUN <<E\necho\nE", "# comment", ""};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(3); k > 0; k--) {
                b.append("ARG V").append(k).append('\n'); // before the first FROM: stage -1
            }
            int stages = random.nextInt(6);
            for (int s = 0; s < stages; s++) {
                b.append(random.nextBoolean() && s > 0 ? "FROM s" + random.nextInt(s) : "FROM img").append(" AS s")
                        .append(s).append('\n');
                for (int k = random.nextInt(8); k > 0; k--) {
                    b.append(lines[random.nextInt(lines.length)]).append('\n');
                }
            }
            sameAsAWalk("forest" + round, b.toString());
        }
    }

    /** An item of {@link #firstIsAStableSortsFirstItems}: sorted by line and column, its place kept as a witness. */
    private record Item(int line, int column, int place) {
    }

    @Test
    void firstIsAStableSortsFirstItems() {
        Random random = new Random(3);
        Comparator<Item> order = Comparator.comparingInt(Item::line).thenComparingInt(Item::column);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(round % 3 == 0 ? 50 : 5000);
            int lines = 1 + random.nextInt(round % 4 == 0 ? 3 : 20000);
            List<Item> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                // lines bunched or spread, far apart now and then (the counting is skipped for a wide range)
                int line = round % 11 == 0 && k == 0 ? Integer.MAX_VALUE - 1 : random.nextInt(lines) - 1;
                items.add(new Item(line, random.nextInt(3), k));
            }
            int limit = random.nextInt(3) == 0 ? 1000 : 1 + random.nextInt(Math.max(1, n));
            List<Item> sorted = new ArrayList<>(items);
            sorted.sort(order);
            List<Item> expected = sorted.subList(0, Math.min(limit, n));
            List<Item> first = Linter.first(new ArrayList<>(items), limit, Item::line, order);
            assertEquals(expected, first, "round " + round + ": " + n + " items, limit " + limit);
        }
    }

    @Test
    void aKeywordNoInstructionHasIsAnEmptyList() {
        Dockerfile df = DockerfileParser.parse("d", "FROM a\nRUN x\n");
        LintContext ctx = new LintContext(df, null, null, Config.EMPTY);
        assertSame(List.of(), ctx.instructions("HEALTHCHECK"));
        assertTrue(ctx.instructions(df.stages().get(0), "FROM", "CMD").isEmpty());
        assertEquals(Set.of("RUN"), Set.copyOf(ctx.instructions("RUN", "CMD").stream().map(Instruction::keyword)
                .toList()));
    }
}
