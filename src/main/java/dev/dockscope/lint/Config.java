package dev.dockscope.lint;

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
        Object tree = Yaml.read(file, "config ", "Fix the YAML, or pass another file with --config.");
        if (tree == null) {
            return new Config(List.of(), Map.of(), List.of(), null, Map.of(), file);
        }
        if (!(tree instanceof Map<?, ?> root)) {
            throw new DockscopeException(ExitCode.USAGE, "config " + file + " must be a YAML mapping",
                    "Example: ignore: [DS209]");
        }
        FailOn failOn = null;
        if (root.get("failOn") != null) {
            String v = Yaml.text(root.get("failOn")).toLowerCase(Locale.ROOT);
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

    private static List<String> strings(Object n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n instanceof List<?> list) {
            list.forEach(x -> out.add(Yaml.text(x).trim()));
        } else {
            for (String s : Yaml.text(n).split(",")) {
                out.add(s.trim());
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> map(Object n) {
        Map<String, String> out = new LinkedHashMap<>();
        if (n instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), Yaml.text(v).trim()));
        }
        return out;
    }
}
