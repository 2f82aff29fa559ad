package dev.dockscope.cli.docs;

import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Rules;
import java.util.Comparator;
import java.util.List;

/** {@code docs/rules.md}: the rule table, written from each rule's own metadata so the two cannot drift apart. */
final class RulesDoc {
    static final String PATH = "docs/rules.md";

    private static final String INTRO = """
            # dockscope lint rules

            Generated from the rules' metadata by `scripts/gen-docs` (the same data as `dockscope lint --rules -o json`);
            `dockscope lint --explain ID` prints a rule's full card (why, fix, equivalents). Ids are stable and never
            reused. The hadolint and BuildKit columns name the nearest equivalent check; they are also how
            `# hadolint ignore=DLxxxx` and `# check=skip=Name` comments are honoured, so a Dockerfile that already carries
            those pragmas keeps its exceptions when a team switches to dockscope.

            Ignores: `--ignore ID` (repeatable), `ignore: [..]` in `.dockscope.yaml`, `# dockscope ignore=ID[,ID]` on the
            comment lines directly above an instruction, `# dockscope global ignore=ID` (or `# hadolint global ignore=`) for
            the whole file, and the BuildKit directive `# check=skip=Name[,Name]` (or `skip=all`).

            Config (`.dockscope.yaml`: the nearest one in the Dockerfile's folder or above it, or `--config FILE`; the
            image CI gate finds its thresholds the same way):

            ```yaml
            ignore: [DS209]
            severity: {DS303: warning, DS104: off}
            trustedRegistries: [registry.corp.example, docker.io]
            failOn: warning
            labelSchema: {org.opencontainers.image.source: url, org.opencontainers.image.version: semver}
            ```
            """;

    private static final List<String> SECTIONS = List.of("Syntax and parse (DS0xx)", "Cache order (DS1xx)",
            "Size (DS2xx)", "Correctness and reproducibility (DS3xx)", "Security and operations (DS4xx)");

    private static final String OUTRO = """

            ## BuildKit checks not covered

            - `InvalidBaseImagePlatform` needs the base image's manifest from a registry; dockscope lint works offline.
            - `UndefinedVar` is approximated: without the base image's config, variables that common base images set (PATH,
              HOME, JAVA_HOME, NODE_VERSION, …) are assumed defined, and RUN scripts are left to the shell.
            """;

    private RulesDoc() {
    }

    static String generate() {
        return generate(Rules.all().stream().map(Rule::meta).toList());
    }

    static String generate(List<RuleMeta> metas) {
        StringBuilder b = new StringBuilder(INTRO);
        List<RuleMeta> sorted = metas.stream().sorted(Comparator.comparing(RuleMeta::id)).toList();
        for (int s = 0; s < SECTIONS.size(); s++) {
            b.append("\n## ").append(SECTIONS.get(s)).append("\n\n");
            b.append("| id | severity | title | concept | hadolint | BuildKit |\n|---|---|---|---|---|---|\n");
            for (RuleMeta m : sorted) {
                if (m.id().charAt(2) - '0' == s) {
                    b.append("| ").append(m.id()).append(" | ").append(m.severity().id()).append(" | ")
                            .append(m.title().replace("|", "\\|")).append(" | ").append(m.concept().slug()).append(" | ")
                            .append(list(m.hadolint())).append(" | ").append(list(m.buildkit())).append(" |\n");
                }
            }
        }
        return b.append(OUTRO).toString();
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "—" : String.join(", ", ids);
    }
}
