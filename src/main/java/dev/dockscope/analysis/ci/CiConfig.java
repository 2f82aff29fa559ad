package dev.dockscope.analysis.ci;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.config.ProjectConfig;
import dev.dockscope.config.Yaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
        JsonNode root = Yaml.read(file, "", null);
        if (root == null || root.isMissingNode() || root.isNull()) {
            return base;
        }
        if (!root.isObject()) {
            throw new DockscopeException(ExitCode.USAGE, file + " is not a YAML mapping.");
        }
        JsonNode rules = root.path("image").path("ci");
        if (rules.isMissingNode()) {
            rules = root.path("rules");
        }
        if (rules.isMissingNode() || rules.isNull()) {
            return base;
        }
        if (!rules.isObject()) {
            throw new DockscopeException(ExitCode.USAGE, file + ": the CI rules must be a mapping of rule: value.");
        }
        String source = file.getFileName().toString();
        CiThresholds t = base;
        for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            CiRule rule = CiRule.byKey(e.getKey());
            if (rule == null) {
                throw new DockscopeException(ExitCode.USAGE, file + ": unknown CI rule \"" + e.getKey() + "\".",
                        "Known rules: lowestEfficiency, highestWastedBytes, highestUserWastedPercent, "
                                + "highestReclaimableBytes.");
            }
            JsonNode v = e.getValue();
            String value = v.isNull() ? "" : v.asText();
            CiGate.validate(rule, value, source); // fail early, naming the file
            t = t.with(rule, value, source);
        }
        return t;
    }
}
