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
import java.util.Locale;
import java.util.regex.Pattern;

/** DS403: a secret-looking name in ARG or ENV. */
public final class DS403SecretInArgEnv implements Rule {
    static final RuleMeta META = new RuleMeta("DS403", Severity.WARNING, "Secret passed through ARG or ENV",
            Family.SECURITY, Concept.IMAGE,
            "ENV values are stored in the image config and ARG values in its build history; anyone who can pull "
                    + "the image can read them with docker inspect or docker history.",
            "Use a build secret: RUN --mount=type=secret,id=npm_token ... and pass it with docker build "
                    + "--secret id=npm_token,env=NPM_TOKEN.",
            List.of(), List.of("SecretsUsedInArgOrEnv"));
    private static final Pattern SECRET = Pattern.compile(
            "(?i).*(?:password|passwd|secret|token|api_?key|access_?key|private_?key|credentials?|auth).*");
    private static final Pattern HARMLESS = Pattern.compile(
            "(?i).*(?:_file|_path|_dir|_url|_user(?:name)?|_id|_version|public_?keys?)$");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.df().instructions()) {
            if (!i.is("ARG") && !i.is("ENV")) {
                continue;
            }
            for (String name : Scope.declared(i)) {
                if (SECRET.matcher(name).matches() && !HARMLESS.matcher(name).matches()) {
                    String id = name.toLowerCase(Locale.ROOT);
                    report.report(i, name + " (" + i.keyword() + ") looks like a secret, and its value stays "
                            + "readable in the image", "Drop the " + i.keyword() + " and mount " + name + " only in the RUN "
                            + "that needs it: RUN --mount=type=secret,id=" + id + ",env=" + name + " … with docker "
                            + "build --secret id=" + id + ",env=" + name
                            + (i.is("ENV") ? "; if the program reads it at run time, pass it then (docker run -e "
                            + name + " or a secrets file), not in the image." : "."));
                }
            }
        }
    }
}