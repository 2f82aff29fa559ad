package dev.dockscope.render.lint;

import dev.dockscope.lint.FailOn;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the CI renderers need from a {@link LintReport}, computed once: findings grouped by file (in the report's
 * file order, files without findings included), rule metadata by id (a descriptor is made up from the finding for
 * a rule the report's table lacks, so every finding has one), and a fingerprint per finding that survives edits
 * elsewhere in the file.
 */
final class ReportView {
    private final LintReport report;
    private final Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    private final List<RuleMeta> rules = new ArrayList<>();
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String> fingerprints = new ArrayList<>();

    ReportView(LintReport report) {
        this.report = report;
        for (String file : nz(report.files())) {
            byFile.putIfAbsent(file, new ArrayList<>());
        }
        for (RuleMeta rule : nz(report.rules())) {
            if (!ruleIndex.containsKey(rule.id())) {
                ruleIndex.put(rule.id(), rules.size());
                rules.add(rule);
            }
        }
        Map<String, Integer> occurrences = new HashMap<>();
        for (Finding f : nz(report.findings())) {
            byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
            if (!ruleIndex.containsKey(f.rule())) {
                ruleIndex.put(f.rule(), rules.size());
                rules.add(new RuleMeta(f.rule(), f.severity(), f.title(), null, f.concept(), null, f.fix(),
                        List.of(), List.of()));
            }
            String key = String.join("\u0000", "dockscope-v1", uriPath(f.file()), f.rule(), content(f));
            int n = occurrences.merge(key, 1, Integer::sum);
            fingerprints.add(sha256(key + "\u0000" + n));
        }
    }

    LintReport report() {
        return report;
    }

    List<Finding> findings() {
        return nz(report.findings());
    }

    /** Every file, in report order, with its findings (possibly none). */
    Map<String, List<Finding>> byFile() {
        return byFile;
    }

    /** The rule table: the report's rules in order, then made-up descriptors for rules it lacks. */
    List<RuleMeta> rules() {
        return rules;
    }

    int ruleIndex(String id) {
        return ruleIndex.get(id);
    }

    RuleMeta rule(String id) {
        return rules.get(ruleIndex(id));
    }

    /**
     * A stable id for the {@code i}-th finding: SHA-256 of the file, the rule, the finding's line with its whitespace
     * collapsed (the message when the line is unknown) and how many identical findings precede it. Line numbers are
     * left out, so inserting lines above a finding does not make it look new.
     */
    String fingerprint(int i) {
        return fingerprints.get(i);
    }

    /** {@code --fail-on} from the summary: null for "none" (nothing fails); every severity fails when it is unknown. */
    Severity failOn() {
        String failOn = report.summary() == null ? null : report.summary().failOn();
        if (failOn == null || failOn.isBlank()) {
            return Severity.STYLE;
        }
        Optional<FailOn> gate = FailOn.parse(failOn);
        return gate.isEmpty() ? Severity.STYLE : gate.get().threshold().orElse(null);
    }

    /** A report path as a relative URI path: forward slashes, no leading {@code ./}. */
    static String uriPath(String file) {
        String p = file == null ? "" : file.replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        return p;
    }

    private static String content(Finding f) {
        String s = f.sourceLine() != null && !f.sourceLine().isBlank() ? f.sourceLine() : f.message();
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }

    private static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}
