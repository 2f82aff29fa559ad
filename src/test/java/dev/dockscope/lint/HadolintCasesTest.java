package dev.dockscope.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * hadolint's own rule specs as a referee. {@code lint/hadolint/cases.json} holds every {@code ruleCatches} /
 * {@code ruleCatchesNot} / {@code onBuildRuleCatches[Not]} case of {@code test/Hadolint/Rule/DL*Spec.hs} at a pinned
 * commit (extracted by {@code scripts/hadolint-cases.py}). Each case whose hadolint rule is named in a dockscope
 * rule's metadata is linted with those dockscope rules; "catches" agrees when one of them reports, "catches not"
 * when none does.
 *
 * <p>How a case is run, as hadolint's test helpers do: the snippet gets a trailing newline; the onBuild variants turn
 * every RUN into {@code ONBUILD RUN}. dockscope's stage rules look at instructions inside a stage, so a snippet with
 * no FROM gets {@code FROM scratch} in front (after any parser directives). Config records map to
 * {@code .dockscope.yaml}: {@code allowedRegistries} to trustedRegistries, {@code labelSchema} to labelSchema.
 *
 * <p>Disagreements dockscope keeps on purpose are listed with their reason in {@code lint/hadolint/disagreements.json}.
 * The test fails when agreement falls below 95%, when a disagreement is not listed, and when a listed one no longer
 * disagrees (so the list stays true).
 */
class HadolintCasesTest {
    private static final double THRESHOLD = 0.95;
    private static final Pattern DIRECTIVE = Pattern.compile("(?i)#\\s*(syntax|escape|check)\\s*=.*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode DOC = read("/lint/hadolint/cases.json");
    private static final Map<String, String> KNOWN = known();
    private static final Map<String, List<Rule>> BY_HADOLINT = byHadolint();

    record Case(String id, String rule, String kind, String it, String dockerfile, JsonNode config) {
        boolean expectsFinding() {
            return kind.equals("catches") || kind.equals("onBuildCatches");
        }

        boolean onBuild() {
            return kind.startsWith("onBuild");
        }

        @Override
        public String toString() {
            return id + " " + rule + " " + kind + ": " + it;
        }
    }

    record Outcome(Case c, List<Finding> findings, String input) {
        boolean agrees() {
            return c.expectsFinding() != findings.isEmpty();
        }

        String describe() {
            return c + "\n  hadolint " + (c.expectsFinding() ? "catches" : "does not catch") + ", dockscope "
                    + (findings.isEmpty() ? "reports nothing" : "reports " + findings.stream()
                    .map(f -> f.rule() + " line " + f.line() + " (" + f.message() + ")").toList())
                    + "\n  input:\n    " + input.strip().replace("\n", "\n    ");
        }
    }

    static Stream<Arguments> mappedCases() {
        return cases().stream().filter(c -> BY_HADOLINT.containsKey(c.rule())).map(c -> Arguments.of(c.id(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mappedCases")
    void agreesWithHadolintOrIsAListedDisagreement(String id, Case c) {
        Outcome o = run(c);
        if (!o.agrees() && !KNOWN.containsKey(id)) {
            fail("unlisted disagreement with hadolint:\n" + o.describe());
        }
        if (o.agrees() && KNOWN.containsKey(id)) {
            fail("listed as a disagreement but now agrees (remove it from disagreements.json):\n" + o.describe());
        }
    }

    @Test
    void agreementWithMappedHadolintCasesIsAtLeast95Percent() {
        List<Outcome> outcomes = cases().stream().filter(c -> BY_HADOLINT.containsKey(c.rule()))
                .map(HadolintCasesTest::run).toList();
        List<Outcome> disagree = outcomes.stream().filter(o -> !o.agrees()).toList();
        int agree = outcomes.size() - disagree.size();
        double rate = (double) agree / outcomes.size();
        String report = String.format(Locale.ROOT, "hadolint cases run: %d, agreeing: %d (%.1f%%), disagreeing: %d%n",
                outcomes.size(), agree, 100 * rate, disagree.size())
                + String.join("\n", disagree.stream().map(o -> o.describe() + "\n  reason: "
                + KNOWN.getOrDefault(o.c().id(), "(not listed)")).toList());
        System.out.println(report);
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "hadolint-agreement.txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(outcomes.size() > 500, "the mapped cases were found: " + outcomes.size());
        assertTrue(rate >= THRESHOLD, report);
    }

    @Test
    void everyCaseWasExtracted() {
        List<Case> all = cases();
        assertTrue(all.size() > 1000, "cases: " + all.size());
        assertEquals(40, DOC.path("commit").asText().length());
        for (Case c : all) {
            assertTrue(c.dockerfile() != null, "unparsed case " + c);
        }
    }

    @Test
    void everyListedDisagreementHasAReasonAndNamesACase() {
        var ids = cases().stream().map(Case::id).toList();
        for (var e : KNOWN.entrySet()) {
            assertTrue(ids.contains(e.getKey()), "no such case: " + e.getKey());
            assertTrue(e.getValue().length() > 20, "reason for " + e.getKey());
        }
    }

    static Outcome run(Case c) {
        String text = adapt(c.dockerfile() + "\n", c.onBuild());
        Dockerfile df = DockerfileParser.parse("Dockerfile", text);
        List<Finding> f = new Linter(BY_HADOLINT.get(c.rule()))
                .lint(new LintContext(df, null, null, config(c.config())), List.of());
        return new Outcome(c, f, text);
    }

    /** FROM in front of a snippet that has none; ONBUILD in front of every RUN for the onBuild variants. */
    static String adapt(String snippet, boolean onBuild) {
        String text = snippet;
        if (DockerfileParser.parse("Dockerfile", text).stages().isEmpty()) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int at = 0;
            while (at < lines.size() && DIRECTIVE.matcher(lines.get(at).strip()).matches()) {
                at++;
            }
            lines.add(at, "FROM scratch");
            text = String.join("\n", lines);
        }
        if (onBuild) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            List<Instruction> runs = DockerfileParser.parse("Dockerfile", text).instructions().stream()
                    .filter(i -> i.is("RUN")).toList();
            for (int k = runs.size() - 1; k >= 0; k--) {
                Instruction i = runs.get(k);
                String line = lines.get(i.line() - 1);
                int col = i.pos().column() - 1;
                lines.set(i.line() - 1, line.substring(0, col) + "ONBUILD " + line.substring(col));
            }
            text = String.join("\n", lines);
        }
        return text;
    }

    static Config config(JsonNode cfg) {
        if (cfg == null || cfg.isMissingNode() || cfg.isNull()) {
            return Config.EMPTY;
        }
        List<String> registries = new ArrayList<>();
        cfg.path("allowedRegistries").forEach(n -> registries.add(n.asText()));
        Map<String, String> labels = new LinkedHashMap<>();
        cfg.path("labelSchema").fields().forEachRemaining(e -> labels.put(e.getKey(), switch (e.getValue().asText()) {
            case "Url" -> "url";
            case "SemVer" -> "semver";
            case "Rfc3339" -> "rfc3339";
            case "Email" -> "email";
            case "GitHash" -> "hash";
            case "Spdx" -> "spdx";
            default -> "text";
        }));
        return new Config(List.of(), Map.of(), registries, null, labels, null);
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        for (JsonNode n : DOC.path("cases")) {
            out.add(new Case(n.path("id").asText(), n.path("rule").asText(), n.path("kind").asText(),
                    n.path("it").asText(), n.path("dockerfile").isNull() ? null : n.path("dockerfile").asText(),
                    n.get("config")));
        }
        return out;
    }

    private static Map<String, List<Rule>> byHadolint() {
        Map<String, List<Rule>> out = new TreeMap<>();
        for (Rule r : Rules.all()) {
            for (String dl : r.meta().hadolint()) {
                out.computeIfAbsent(dl, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private static Map<String, String> known() {
        Map<String, String> out = new LinkedHashMap<>();
        read("/lint/hadolint/disagreements.json").path("disagreements")
                .forEach(n -> out.put(n.path("id").asText(), n.path("reason").asText()));
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = HadolintCasesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
