package dev.dockscope.lint;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dockscope.DockscopeException;
import dev.dockscope.ExitCode;
import dev.dockscope.config.ProjectConfig;
import dev.dockscope.config.Yaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code .dockscope.yaml}: rules to ignore, severity overrides ({@code off} disables), trusted registries, the
 * default {@code --fail-on}, and a label schema (label name to one of text, url, semver, rfc3339, email, hash, spdx).
 *
 * @param source the file it came from, or null for the empty default
 */
public record Config(List<String> ignore, Map<String, String> severity, List<String> trustedRegistries,
                     FailOn failOn, Map<String, String> labelSchema, Path source) {
    public static final String FILE_NAME = ProjectConfig.FILE_NAME;
    public static final Config EMPTY = new Config(List.of(), Map.of(), List.of(), null, Map.of(), null);
    /** The nearest {@code .dockscope.yaml} (or {@code .dockscope.yml}) in {@code dir} or its parents, else EMPTY. */
    public static Config findUpward(Path dir) {
        return ProjectConfig.find(dir).map(Config::load).orElse(EMPTY);
    }

    public static Config load(Path file) {
        JsonNode root = Yaml.read(file, "config ", "Fix the YAML, or pass another file with --config.");
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Config(List.of(), Map.of(), List.of(), null, Map.of(), file);
        }
        if (!root.isObject()) {
            throw new DockscopeException(ExitCode.USAGE, "config " + file + " must be a YAML mapping",
                    "Example: ignore: [DS209]");
        }
        FailOn failOn = null;
        if (root.hasNonNull("failOn")) {
            String v = root.get("failOn").asText().toLowerCase(Locale.ROOT);
            failOn = FailOn.parse(v).orElseThrow(() -> new DockscopeException(ExitCode.USAGE, "config " + file
                    + ": failOn must be " + FailOn.WORDS + ", not '" + v + "'"));
        }
        for (var e : map(root.get("severity")).entrySet()) {
            try {
                Severity.parseSetting(e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new DockscopeException(ExitCode.USAGE, "config " + file + ": severity of " + e.getKey()
                        + " must be " + Severity.SETTING_WORDS + ", not '" + e.getValue() + "'");
            }
        }
        return new Config(strings(root.get("ignore")), map(root.get("severity")),
                strings(root.get("trustedRegistries")), failOn, map(root.get("labelSchema")), file);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText().trim()));
        } else if (!n.isNull()) {
            for (String s : n.asText().split(",")) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> map(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n != null && n.isObject()) {
            n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText().trim()));
        }
        return out;
    }
}
