package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code dockscope lint} run over many files in one JVM: each file is parsed, linted with its own config (the
 * {@code --config} file, else the nearest {@code .dockscope.yaml}), and gated with its own {@code failOn}.
 */
public final class LintRun {
    /** Input: a path shown in findings, the text, and the Dockerfile path on disk (null for stdin). */
    public record Input(String name, String text, Path file) {
    }

    private final Linter linter;
    private final Collection<String> ignores;
    private final Config override;
    private final FailOn failOn;

    /**
     * @param failOn   from the command line, or null for the config's, else the default
     * @param override the {@code --config} file's content, or null to search upward per file
     */
    public LintRun(List<Rule> rules, Collection<String> ignores, Config override, FailOn failOn) {
        this.linter = new Linter(rules);
        this.ignores = ignores;
        this.override = override;
        this.failOn = failOn;
    }

    public LintReport run(List<Input> inputs) {
        List<String> files = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        Map<String, RuleMeta> metas = new LinkedHashMap<>();
        boolean failed = false;
        String shownFailOn = null;
        Map<Path, Config> configs = new LinkedHashMap<>();
        for (Input in : inputs) {
            Path dir = in.file() == null ? null : in.file().toAbsolutePath().getParent();
            Config config = override != null ? override : dir == null ? Config.findUpward(Path.of(""))
                    : configs.computeIfAbsent(dir, Config::findUpward);
            Dockerfile df = DockerfileParser.parse(in.name(), in.text());
            List<Finding> found = linter.lint(new LintContext(df, in.file(), dir, config), ignores);
            FailOn gate = effectiveFailOn(config);
            shownFailOn = shownFailOn == null ? gate.id() : shownFailOn.equals(gate.id()) ? gate.id() : "per-config";
            failed |= found.stream().anyMatch(f -> gate.fails(f.severity()));
            files.add(in.name());
            all.addAll(found);
        }
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Finding f : all) {
            counts.merge(f.severity(), 1, Integer::sum);
            Rules.byId(f.rule()).ifPresent(r -> metas.putIfAbsent(r.meta().id(), r.meta()));
        }
        var summary = new LintReport.Summary(files.size(), all.size(), counts.getOrDefault(Severity.ERROR, 0),
                counts.getOrDefault(Severity.WARNING, 0), counts.getOrDefault(Severity.INFO, 0),
                counts.getOrDefault(Severity.STYLE, 0), shownFailOn == null ? effectiveFailOn(Config.EMPTY).id()
                : shownFailOn, failed);
        return new LintReport(List.copyOf(files), List.copyOf(all), List.copyOf(metas.values()), summary);
    }

    private FailOn effectiveFailOn(Config config) {
        return failOn != null ? failOn : config.failOn() != null ? config.failOn() : FailOn.DEFAULT;
    }
}
