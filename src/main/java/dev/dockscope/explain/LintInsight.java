package dev.dockscope.explain;

import dev.dockscope.concepts.LiveExample;
import dev.dockscope.lint.FailOn;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.LintRun;
import dev.dockscope.lint.Rules;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.model.text.Sanitizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Dockerfile card's live view of {@code ./Dockerfile}, through the real parser and linter: instructions, stages,
 * and the cache-order findings first.
 */
public final class LintInsight implements DockerfileInsight {
    private static final int SHOWN = 4;

    @Override
    public Summary describe(Path dockerfile, String text) {
        Dockerfile df = DockerfileParser.parse(dockerfile.toString(), text);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Instruction i : df.instructions()) {
            counts.merge(i.keyword().toUpperCase(Locale.ROOT), 1, Integer::sum);
        }
        List<LiveExample.Fact> facts = new ArrayList<>();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        facts.add(new LiveExample.Fact(0, "instructions", String.valueOf(total)));
        StringBuilder kinds = new StringBuilder();
        counts.forEach((k, v) -> kinds.append(kinds.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        facts.add(new LiveExample.Fact(1, "", kinds.toString()));
        int layers = counts.getOrDefault("RUN", 0) + counts.getOrDefault("COPY", 0) + counts.getOrDefault("ADD", 0);
        facts.add(new LiveExample.Fact(0, "file layers", layers + " (RUN, COPY and ADD)"));
        facts.add(new LiveExample.Fact(0, "stages", String.valueOf(df.stages().size())));
        for (Stage s : df.stages()) {
            // the file's own text: cleaned here, where it enters the card (its JSON shows these facts too)
            facts.add(new LiveExample.Fact(1, (s.index() + 1) + ".", Sanitizer.line("FROM " + s.image()
                    + (s.name() == null ? "" : " AS " + s.name()))));
        }
        LintReport report = new LintRun(Rules.all(), List.of(), null, FailOn.NONE)
                .run(List.of(new LintRun.Input(dockerfile.toString(), text, dockerfile)));
        List<Finding> ordered = new ArrayList<>(report.findings());
        ordered.sort((a, b) -> Boolean.compare(!a.rule().startsWith("DS1"), !b.rule().startsWith("DS1")));
        facts.add(new LiveExample.Fact(0, "lint", report.findings().size() + " finding"
                + (report.findings().size() == 1 ? "" : "s") + " (" + report.summary().warnings() + " warnings)"));
        for (Finding f : ordered.subList(0, Math.min(SHOWN, ordered.size()))) {
            facts.add(new LiveExample.Fact(1, "line " + f.line(), f.rule() + " " + f.message()));
        }
        return new Summary(facts, List.of("dockscope lint " + dockerfile.getFileName() + " shows every finding with "
                + "its fix; dockscope lint " + dockerfile.getFileName() + " --changed FILE shows what an edit rebuilds."));
    }
}
