package dev.dockscope.render.lint;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.Finding;
import dev.dockscope.lint.LintReport;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import java.util.List;
import java.util.function.UnaryOperator;

/** Hand-built lint reports for the CI renderers: several files, every severity, and strings that break formats. */
final class LintReports {
    static final char ESC = 0x1b;

    static final RuleMeta DS101 = new RuleMeta("DS101", Severity.WARNING, "Copy manifests before installing",
            Family.CACHE, Concept.LAYER_CACHE,
            "`COPY . .` before the dependency install means any edit to any file rebuilds every layer after it, "
                    + "including the install. Copying only the manifest & lock file first keeps the install cached.",
            "Copy the manifest and lock files, run the install, then `COPY . .`.", List.of(), List.of());
    static final RuleMeta DS301 = new RuleMeta("DS301", Severity.WARNING, "Pin the base image", Family.CORRECTNESS,
            Concept.IMAGE, "An untagged or `latest` base changes under you: the same Dockerfile builds a different image.",
            "Use a version tag, or a digest: `FROM node:20.11-alpine@sha256:<digest>`.", List.of("DL3006", "DL3007"),
            List.of());
    static final RuleMeta DS402 = new RuleMeta("DS402", Severity.ERROR, "No secrets in ARG or ENV", Family.SECURITY,
            Concept.IMAGE, "ARG and ENV values are stored in the image config and its history; anyone who can pull "
                    + "the image can read them.",
            "Use a build secret: `RUN --mount=type=secret,id=token …`.", List.of(), List.of("SecretsUsedInArgOrEnv"));
    static final RuleMeta DS205 = new RuleMeta("DS205", Severity.STYLE, "Consistent instruction casing",
            Family.CORRECTNESS, Concept.DOCKERFILE, "Mixed-case keywords make a Dockerfile harder to scan.",
            "Write instructions in upper case.", List.of(), List.of("ConsistentInstructionCasing"));
    static final RuleMeta DS210 = new RuleMeta("DS210", Severity.INFO, "Pin apt packages", Family.SIZE,
            Concept.LAYER_CACHE, "Unpinned packages | versions drift between builds.", "Pin with `pkg=1.2.*`.",
            List.of("DL3008"), List.of());

    private LintReports() {
    }

    /**
     * Four files: one with an error, warnings and a repeated rule; one with style and info findings carrying an ESC
     * sequence, a BEL and non-ASCII text; one with a file-level parse error whose rule is missing from the rule
     * table; one clean. {@code --fail-on warning}, failed.
     */
    static LintReport sample() {
        return sample(UnaryOperator.identity());
    }

    /** The sample with {@code shift} applied to every finding (to move lines, as an edit above them would). */
    static LintReport sample(UnaryOperator<Finding> shift) {
        String api = "services/api/Dockerfile";
        String dev = "./docker/Dockerfile.dev";
        String odd = "odd dir/Dockerfile.ünï";
        String clean = "clean/Dockerfile";
        List<Finding> findings = List.of(
                new Finding(api, 1, 6, "DS301", Severity.WARNING, DS301.title(),
                        "Base image `node:latest` is not pinned", "Pin it: `FROM node:20.11-alpine`", Concept.IMAGE,
                        "FROM node:latest"),
                new Finding(api, 5, 1, "DS101", Severity.WARNING, DS101.title(),
                        "`COPY . .` copies the whole context before `npm ci` | and <everything> after it rebuilds",
                        "Copy package.json & package-lock.json first:\nCOPY package*.json ./\nRUN npm ci",
                        Concept.LAYER_CACHE, "COPY . ."),
                new Finding(api, 9, 5, "DS402", Severity.ERROR, DS402.title(),
                        "ENV API_TOKEN=\"<redacted>\" looks like a secret & is baked into the image", DS402.fix(),
                        Concept.IMAGE, "ENV API_TOKEN=\"<redacted>\""),
                new Finding(api, 12, 1, "DS101", Severity.WARNING, DS101.title(),
                        "`COPY . .` again before `npm run build`", DS101.fix(), Concept.LAYER_CACHE, "COPY . ."),
                new Finding(dev, 3, 10, "DS205", Severity.STYLE, DS205.title(),
                        "Keyword " + ESC + "[31mrun" + ESC + "[0m\u0007 should be upper case like the others",
                        "Write `RUN`", Concept.DOCKERFILE, "run apt-get update"),
                new Finding(dev, 4, 1, "DS210", Severity.INFO, DS210.title(),
                        "Pin `curl` for @angular/cli — ünïcödé ✓ 日本語", "apt-get install curl=7.88.*",
                        Concept.LAYER_CACHE, "RUN apt-get install -y curl"),
                new Finding(odd, 0, 0, "DS001", Severity.ERROR, "Dockerfile parse error",
                        "unterminated heredoc <<EOF started at line 2", null, Concept.DOCKERFILE, null));
        return new LintReport(List.of(api, dev, odd, clean), findings.stream().map(shift).toList(),
                List.of(DS301, DS101, DS402, DS205, DS210),
                new LintReport.Summary(4, 7, 2, 3, 1, 1, "warning", true));
    }

    /** No files at all (e.g. a directory without Dockerfiles). */
    static LintReport empty() {
        return new LintReport(List.of(), List.of(), List.of(), new LintReport.Summary(0, 0, 0, 0, 0, 0, "error",
                false));
    }

    /** Two files, nothing found. */
    static LintReport clean() {
        return new LintReport(List.of("Dockerfile", "web/Dockerfile"), List.of(), List.of(),
                new LintReport.Summary(2, 0, 0, 0, 0, 0, "error", false));
    }

    /** The sample with its summary's --fail-on replaced. */
    static LintReport withFailOn(LintReport r, String failOn, boolean failed) {
        LintReport.Summary s = r.summary();
        return new LintReport(r.files(), r.findings(), r.rules(), new LintReport.Summary(s.files(), s.findings(),
                s.errors(), s.warnings(), s.infos(), s.styles(), failOn, failed));
    }

    /** Moves every finding {@code n} lines down. */
    static UnaryOperator<Finding> down(int n) {
        return f -> new Finding(f.file(), f.line() > 0 ? f.line() + n : f.line(), f.column(), f.rule(), f.severity(),
                f.title(), f.message(), f.fix(), f.concept(), f.sourceLine());
    }
}
