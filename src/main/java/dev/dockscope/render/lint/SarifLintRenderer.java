package dev.dockscope.render.lint;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockscope.VersionProvider;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.render.json.Json;
import dev.dockscope.render.text.Palette;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: one run, the rule table with help text (why, fix,
 * concept card, hadolint and BuildKit equivalents), one result per finding with a repository-relative location
 * ({@code uriBaseId} {@code %SRCROOT%}) and a fingerprint that survives edits elsewhere in the file. Colour and
 * width do not apply.
 */
public final class SarifLintRenderer implements LintRenderer {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String FINGERPRINT_KEY = "dockscope/v1";
    static final String SRCROOT = "%SRCROOT%";

    private final String toolVersion;

    public SarifLintRenderer() {
        this(VersionProvider.version());
    }

    /** With a fixed tool version (tests, reproducible reports). */
    public SarifLintRenderer(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public String render(LintReport report, Palette palette, int width) {
        ReportView view = new ReportView(report);
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "dockscope");
        // no informationUri: it is optional in SARIF 2.1.0, and the project has no public home to point at yet
        driver.put("version", toolVersion);
        if (toolVersion != null && toolVersion.matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]+)?")) {
            driver.put("semanticVersion", toolVersion);
        }
        ArrayNode rules = driver.putArray("rules");
        for (RuleMeta rule : view.rules()) {
            rules.add(rule(rule));
        }
        ArrayNode results = run.putArray("results");
        List<Finding> findings = view.findings();
        for (int i = 0; i < findings.size(); i++) {
            results.add(result(findings.get(i), view, i));
        }
        run.put("columnKind", "utf16CodeUnits");
        return Json.write(root) + "\n";
    }

    private static ObjectNode rule(RuleMeta rule) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("id", rule.id());
        r.put("name", pascalCase(rule.title() != null ? rule.title() : rule.id()));
        String title = nz(rule.title(), rule.id());
        r.putObject("shortDescription").put("text", title);
        r.putObject("fullDescription").put("text", rule.rationale() != null ? rule.rationale() : title);
        ObjectNode help = r.putObject("help");
        help.put("text", helpText(rule));
        help.put("markdown", helpMarkdown(rule));
        r.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode props = r.putObject("properties");
        Set<String> tags = new LinkedHashSet<>();
        tags.add("dockerfile");
        if (rule.family() != null) {
            tags.add(rule.family().id());
        }
        if (rule.concept() != null) {
            tags.add(rule.concept().slug());
        }
        tags.forEach(props.putArray("tags")::add);
        if (rule.severity() != null) {
            props.put("dockscopeSeverity", rule.severity().id());
        }
        if (rule.family() == Family.SECURITY) {
            // GitHub ranks security alerts by this CVSS-like score: 9+ critical, 7+ high, 4+ medium, below low
            props.put("security-severity", securitySeverity(rule.severity()));
        }
        putList(props, "hadolint", rule.hadolint());
        putList(props, "buildkit", rule.buildkit());
        return r;
    }

    private static ObjectNode result(Finding f, ReportView view, int i) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        r.put("ruleId", f.rule());
        r.put("ruleIndex", view.ruleIndex(f.rule()));
        r.put("level", level(f.severity()));
        r.putObject("message").put("text", nz(f.message(), nz(f.title(), f.rule())));
        ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
        artifactLocation(physical.putObject("artifactLocation"), f.file());
        if (f.line() >= 1) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", f.line());
            if (f.column() >= 1) {
                region.put("startColumn", f.column());
            }
            if (f.sourceLine() != null) {
                region.putObject("snippet").put("text", f.sourceLine());
            }
        }
        r.putObject("partialFingerprints").put(FINGERPRINT_KEY, view.fingerprint(i));
        ObjectNode props = r.putObject("properties");
        if (f.severity() != null) {
            props.put("severity", f.severity().id());
        }
        if (f.fix() != null) {
            props.put("fix", f.fix());
        }
        if (f.concept() != null) {
            props.put("concept", f.concept().slug());
        }
        return r;
    }

    /** Relative paths become {@code %SRCROOT%}-relative URIs; absolute ones {@code file:} URIs; stdin stays "-". */
    private static void artifactLocation(ObjectNode loc, String file) {
        String path = ReportView.uriPath(file);
        boolean windowsDrive = path.matches("[A-Za-z]:/.*");
        try {
            if (path.startsWith("/") || windowsDrive) {
                loc.put("uri", new URI("file", "", windowsDrive ? "/" + path : path, null).toASCIIString());
                return;
            }
            int colon = path.indexOf(':');
            int slash = path.indexOf('/');
            if (colon >= 0 && (slash < 0 || colon < slash)) {
                path = "./" + path; // "a:b/Dockerfile" would otherwise read as a URI with scheme "a"
            }
            loc.put("uri", new URI(null, null, path, null).toASCIIString());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot make a URI of " + path, e); // quoting constructors do not throw
        }
        loc.put("uriBaseId", SRCROOT);
    }

    /** SARIF has three levels: error, warning and note; info and style are notes. */
    static String level(Severity s) {
        if (s == null) {
            return "warning";
        }
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO, STYLE -> "note";
        };
    }

    private static String securitySeverity(Severity s) {
        if (s == null) {
            return "5.0";
        }
        return switch (s) {
            case ERROR -> "8.0";
            case WARNING -> "5.0";
            case INFO -> "3.0";
            case STYLE -> "1.0";
        };
    }

    private static String helpText(RuleMeta rule) {
        StringBuilder b = new StringBuilder();
        b.append(rule.id()).append(": ").append(nz(rule.title(), "")).append("\n");
        if (rule.rationale() != null) {
            b.append("\n").append(rule.rationale()).append("\n");
        }
        if (rule.fix() != null) {
            b.append("\nFix: ").append(rule.fix()).append("\n");
        }
        if (rule.concept() != null) {
            b.append("\nConcept: ").append(rule.concept().title()).append(" - ").append(rule.concept().oneLine())
                    .append(" (dockscope learn ").append(rule.concept().slug()).append(")\n");
        }
        String equivalents = equivalents(rule);
        if (!equivalents.isEmpty()) {
            b.append(equivalents).append("\n");
        }
        b.append("Full card: dockscope lint --explain ").append(rule.id());
        return b.toString();
    }

    private static String helpMarkdown(RuleMeta rule) {
        StringBuilder b = new StringBuilder();
        b.append("**").append(Markdown.literal(rule.id())).append("**: ")
                .append(Markdown.authored(rule.title(), false)).append("\n");
        if (rule.rationale() != null) {
            b.append("\n").append(Markdown.authored(rule.rationale(), false)).append("\n");
        }
        if (rule.fix() != null) {
            b.append("\n**Fix:** ").append(Markdown.authored(rule.fix(), false)).append("\n");
        }
        if (rule.concept() != null) {
            b.append("\n**Concept:** ").append(Markdown.literal(rule.concept().title())).append(" — ")
                    .append(Markdown.literal(rule.concept().oneLine())).append(" (`dockscope learn ")
                    .append(rule.concept().slug()).append("`)\n");
        }
        String equivalents = equivalents(rule);
        if (!equivalents.isEmpty()) {
            b.append("\n").append(Markdown.literal(equivalents)).append("\n");
        }
        b.append("\nFull card: `dockscope lint --explain ").append(rule.id()).append('`');
        return b.toString();
    }

    private static String equivalents(RuleMeta rule) {
        StringBuilder b = new StringBuilder();
        if (rule.hadolint() != null && !rule.hadolint().isEmpty()) {
            b.append("hadolint: ").append(String.join(", ", rule.hadolint())).append(". ");
        }
        if (rule.buildkit() != null && !rule.buildkit().isEmpty()) {
            b.append("BuildKit check: ").append(String.join(", ", rule.buildkit())).append(". ");
        }
        return b.toString().strip();
    }

    /** SARIF's {@code name} is an opaque identifier-like string: "Copy manifests first" -> "CopyManifestsFirst". */
    static String pascalCase(String title) {
        StringBuilder b = new StringBuilder();
        for (String word : title.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                b.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return b.length() == 0 ? "Rule" : b.toString();
    }

    private static void putList(ObjectNode node, String key, List<String> values) {
        ArrayNode a = node.putArray(key);
        if (values != null) {
            values.forEach(a::add);
        }
    }

    private static String nz(String s, String fallback) {
        return s != null ? s : fallback;
    }
}
