package dev.dockscope.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.dockscope.lint.Config;
import dev.dockscope.lint.DockerfileSource;
import dev.dockscope.lint.FailOn;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.LintRun;
import dev.dockscope.lint.Rules;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lints every file of the labelled corpus with dockscope's own linter (all rules, no config, as {@code dockscope
 * lint} runs them) and prints precision and recall per label kind against the expert's labels, then every miss and
 * false alarm. Run by {@code bench/lint/score.sh}.
 *
 * <pre>CorpusScore [--json] [--corpus DIR] [--split NAME]</pre>
 * DIR (default {@code src/test/resources/corpus/dockerfiles}) holds {@code index.json} and, per file id,
 * {@code <id>/labels.json} and {@code <id>/Dockerfile}. {@code --split NAME} scores only the index entries of that
 * split: an entry's {@code "split"} field, {@value #DEFAULT_SPLIT} when it has none (the files the rules were
 * developed against); {@code holdout} is the batch labelled after the rules were tuned. Without it, every entry.
 */
public final class CorpusScore {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The split of an index entry without a {@code "split"} field. */
    static final String DEFAULT_SPLIT = "dev";

    private CorpusScore() {
    }

    public static void main(String[] args) throws IOException {
        boolean json = false;
        Path corpus = Path.of("src/test/resources/corpus/dockerfiles");
        String split = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--corpus" -> corpus = Path.of(args[++i]);
                case "--split" -> split = args[++i];
                default -> {
                    System.err.println("usage: CorpusScore [--json] [--corpus DIR] [--split NAME]");
                    System.exit(2);
                }
            }
        }
        List<Scoring.FileInput> inputs = load(corpus, split);
        if (inputs.isEmpty()) {
            System.err.println("CorpusScore: no index entry in split " + split);
            System.exit(2);
        }
        Scoring.Result result = Scoring.score(inputs);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("split", split);
            m.putAll(toJson(result));
            System.out.println(JSON.writeValueAsString(m));
        } else {
            print(result, split, System.out);
        }
    }

    /** The split an index entry belongs to: its {@code "split"} field, or {@value #DEFAULT_SPLIT}. */
    static String splitOf(JsonNode entry) {
        JsonNode s = entry.get("split");
        return s == null || s.isNull() ? DEFAULT_SPLIT : s.asText();
    }

    /**
     * Reads the index, the labels and the Dockerfiles of the entries in {@code split} (every entry when it is
     * null), and lints each file.
     */
    static List<Scoring.FileInput> load(Path corpus, String split) throws IOException {
        JsonNode index = JSON.readTree(corpus.resolve("index.json").toFile());
        List<String> missing = new ArrayList<>();
        List<Scoring.FileInput> out = new ArrayList<>();
        LintRun run = new LintRun(Rules.all(), List.of(), Config.EMPTY, FailOn.NONE);
        for (JsonNode e : index) {
            if (split != null && !split.equals(splitOf(e))) {
                continue;
            }
            String id = e.get("id").asText();
            Path dockerfile = corpus.resolve(id).resolve("Dockerfile");
            if (!Files.isRegularFile(dockerfile)) {
                missing.add(id);
                continue;
            }
            List<Scoring.Label> labels = new ArrayList<>();
            for (JsonNode l : JSON.readTree(corpus.resolve(id).resolve("labels.json").toFile())) {
                JsonNode line = l.get("line");
                labels.add(new Scoring.Label(l.get("kind").asText(),
                        line == null || line.isNull() ? null : line.asInt(), l.path("why").asText()));
            }
            String text = DockerfileSource.read(dockerfile);
            String name = id + "/Dockerfile";
            LintReport report = run.run(List.of(new LintRun.Input(name, text, dockerfile)));
            Dockerfile df = DockerfileParser.parse(name, text);
            List<Scoring.Found> found = new ArrayList<>();
            for (Finding f : report.findings()) {
                Optional<String> kind = Scoring.kindOf(f.rule());
                kind.ifPresent(k -> found.add(new Scoring.Found(k, instructionStart(df, f.line()), f.rule(),
                        f.message())));
            }
            out.add(new Scoring.FileInput(name, labels, found));
        }
        if (!missing.isEmpty()) {
            System.err.println("CorpusScore: " + missing.size() + " Dockerfiles missing (first: " + missing.get(0)
                    + "); run bench/lint/corpus-get.sh first");
            System.exit(2);
        }
        return out;
    }

    /** The first line of the instruction that contains {@code line}: labels name instructions by their first line. */
    static int instructionStart(Dockerfile df, int line) {
        for (Instruction i : df.instructions()) {
            if (i.line() <= line && line <= i.endLine()) {
                return i.line();
            }
        }
        return line;
    }

    static void print(Scoring.Result r, String split, PrintStream out) {
        out.printf("Lint precision and recall on the labelled corpus: %d files%s%n%n", r.files(),
                split == null ? "" : " (split " + split + ")");
        out.printf("%-27s %7s %7s %9s %8s %10s %7s%n", "kind", "labels", "found", "findings", "right", "precision",
                "recall");
        for (Scoring.Counts c : r.perKind()) {
            row(c, out);
        }
        out.println();
        row(r.cacheOrder(), out);
        row(r.total(), out);
        out.printf("%nMisses (%d): labels no finding of their kind matched%n", r.misses().size());
        for (Scoring.Miss m : r.misses()) {
            out.printf("  %s:%s %s: %s%n", m.file(), m.label().line() == null ? "-" : m.label().line(),
                    m.label().kind(), m.label().why());
        }
        out.printf("%nFalse alarms (%d): findings no label of their kind supports%n", r.falseAlarms().size());
        for (Scoring.FalseAlarm a : r.falseAlarms()) {
            out.printf("  %s:%d %s %s %s%n", a.file(), a.line(), a.kind(), String.join(",", a.rules()),
                    String.join(" | ", a.messages()));
        }
    }

    private static void row(Scoring.Counts c, PrintStream out) {
        out.printf("%-27s %7d %7d %9d %8d %10s %7s%n", c.name(), c.labels(), c.labelsFound(), c.findings(),
                c.findingsRight(), ratio(c.precision()), ratio(c.recall()));
    }

    private static String ratio(Optional<Double> v) {
        return v.map(d -> String.format(Locale.ROOT, "%.2f", d)).orElse("-");
    }

    static Map<String, Object> toJson(Scoring.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("files", r.files());
        List<Object> kinds = new ArrayList<>();
        for (Scoring.Counts c : r.perKind()) {
            kinds.add(counts(c));
        }
        m.put("kinds", kinds);
        m.put("cacheOrder", counts(r.cacheOrder()));
        m.put("total", counts(r.total()));
        List<Object> misses = new ArrayList<>();
        for (Scoring.Miss x : r.misses()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", x.file());
            e.put("line", x.label().line());
            e.put("kind", x.label().kind());
            e.put("why", x.label().why());
            misses.add(e);
        }
        m.put("misses", misses);
        List<Object> alarms = new ArrayList<>();
        for (Scoring.FalseAlarm x : r.falseAlarms()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("file", x.file());
            e.put("line", x.line());
            e.put("kind", x.kind());
            e.put("rules", x.rules());
            e.put("messages", x.messages());
            alarms.add(e);
        }
        m.put("falseAlarms", alarms);
        return m;
    }

    private static Map<String, Object> counts(Scoring.Counts c) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("kind", c.name());
        e.put("labels", c.labels());
        e.put("labelsFound", c.labelsFound());
        e.put("findings", c.findings());
        e.put("findingsRight", c.findingsRight());
        e.put("precision", c.precision().orElse(null));
        e.put("recall", c.recall().orElse(null));
        return e;
    }
}
