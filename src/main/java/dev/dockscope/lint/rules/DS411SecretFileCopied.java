package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import java.util.List;
import java.util.regex.Pattern;

/** DS411: copying private keys, .env files or credential files into the image. */
public final class DS411SecretFileCopied implements Rule {
    static final RuleMeta META = new RuleMeta("DS411", Severity.ERROR, "Secret file copied into the image",
            Family.SECURITY, Concept.IMAGE,
            "A file copied into a layer stays in the image even if a later step deletes it; keys, .env files and "
                    + "registry credentials become readable by anyone who can pull it.",
            "Mount it only for the step that needs it: RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci.",
            List.of(), List.of());
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?:.*/)?(?:id_rsa|id_ed25519|id_ecdsa|\\.env(?:\\.[a-z]+)?|\\.npmrc|\\.pypirc|\\.netrc|\\.git-credentials"
                    + "|credentials(?:\\.json)?|[^/]*\\.pem|[^/]*\\.key|\\.aws/?|\\.ssh/?|\\.docker/config\\.json)");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("COPY", "ADD")) {
            if (!LintContext.fromContext(i)) {
                continue;
            }
            for (String s : i.sources()) {
                if (SECRET.matcher(s).matches() && !s.endsWith(".env.example")) {
                    report.report(i, i.keyword() + " " + s + " puts a secret into a layer of the image");
                }
            }
        }
    }
}