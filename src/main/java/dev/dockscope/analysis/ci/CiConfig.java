package dev.dockscope.analysis.ci;

import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.config.ProjectConfig;
import dev.dockscope.config.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads CI thresholds from the files teams already have: dive's {@code .dive-ci} ({@code rules:} with camelCase
 * keys) and {@code .dockscope.yaml} ({@code image: ci: {...}} or a top-level {@code rules:}). Precedence, lowest
 * first: defaults, .dive-ci, .dockscope.yaml; the command applies its flags on top with
 * {@link CiThresholds#with}.
 */
public final class CiConfig {
    public static final String DIVE_CI = ".dive-ci";
    public static final String DOCKSCOPE_YAML = ProjectConfig.FILE_NAME;

    private CiConfig() {
    }

    /**
     * Defaults, then {@code dir/.dive-ci} (where dive reads it), then the project's {@code .dockscope.yaml} found the
     * way lint finds it ({@link ProjectConfig#find}: in {@code dir} or the nearest parent), each when present.
     */
    public static CiThresholds load(Path dir) {
        CiThresholds t = CiThresholds.defaults();
        CiThresholds fromDive = apply(t, dir.resolve(DIVE_CI));
        return ProjectConfig.find(dir).map(f -> apply(fromDive, f)).orElse(fromDive);
    }

    /** Applies one file (either kind, told apart by its keys) when it exists. */
    public static CiThresholds apply(CiThresholds base, Path file) {
        if (!Files.isRegularFile(file)) {
            return base;
        }
        Object tree = Yaml.read(file, "", null);
        if (tree == null) {
            return base;
        }
        if (!(tree instanceof Map<?, ?> root)) {
            throw new DockscopeException(ExitCode.USAGE, file + " is not a YAML mapping.");
        }
        // image: ci: {...} when the file has it, else a top-level rules: (dive's layout)
        Map<?, ?> holder = root.get("image") instanceof Map<?, ?> image && image.containsKey("ci") ? image : root;
        String key = holder == root ? "rules" : "ci";
        Object rules = holder.get(key);
        if (rules == null) {
            return base;
        }
        if (!(rules instanceof Map<?, ?> entries)) {
            throw new DockscopeException(ExitCode.USAGE, file + ": the CI rules must be a mapping of rule: value.");
        }
        String source = file.getFileName().toString();
        CiThresholds t = base;
        for (Map.Entry<?, ?> e : entries.entrySet()) {
            String name = String.valueOf(e.getKey());
            CiRule rule = CiRule.byKey(name);
            if (rule == null) {
                throw new DockscopeException(ExitCode.USAGE, file + ": unknown CI rule \"" + name + "\".",
                        "Known rules: lowestEfficiency, highestWastedBytes, highestUserWastedPercent, "
                                + "highestReclaimableBytes.");
            }
            Object v = e.getValue();
            String value = v == null ? "" : Yaml.text(v);
            CiGate.validate(rule, value, source); // fail early, naming the file
            t = t.with(rule, value, source);
        }
        return t;
    }
}
