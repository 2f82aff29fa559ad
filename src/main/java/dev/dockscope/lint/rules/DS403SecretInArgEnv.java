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

/** DS403: a secret-looking name in ARG or ENV. */
public final class DS403SecretInArgEnv implements Rule {
    static final RuleMeta META = new RuleMeta("DS403", Severity.WARNING, "Secret passed through ARG or ENV",
            Family.SECURITY, Concept.IMAGE,
            "ENV values are stored in the image config and ARG values in its build history; anyone who can pull "
                    + "the image can read them with docker inspect or docker history.",
            "Use a build secret: RUN --mount=type=secret,id=npm_token ... and pass it with docker build "
                    + "--secret id=npm_token,env=NPM_TOKEN.",
            List.of(), List.of("SecretsUsedInArgOrEnv"));
    /**
     * A name is a secret's when it contains one of these, in ASCII lower case: the regular expression
     * {@code (?i).*(?:password|passwd|secret|token|api_?key|access_?key|private_?key|credentials?|auth).*}.
     */
    private static final String[] SECRET_PARTS = {"password", "passwd", "secret", "token", "apikey", "api_key",
        "accesskey", "access_key", "privatekey", "private_key", "credential", "auth"};
    /**
     * ... unless it ends with one of these: {@code (?i).*(?:_file|_path|_dir|_url|_user(?:name)?|_id|_version
     * |public_?keys?)$}.
     */
    private static final String[] HARMLESS_ENDS = {"_file", "_path", "_dir", "_url", "_user", "_username", "_id",
        "_version", "publickey", "public_key", "publickeys", "public_keys"};

    /**
     * Whether the name is a secret's and not a harmless one, as those two regular expressions answer with
     * {@code matches()}, without them (a backtracking scan per name, most of the rule's cost on a file of many
     * ENVs): they are case-insensitive in ASCII only, and a {@code .} matches no line terminator, so a name holding
     * one matches neither.
     */
    static boolean secret(String name) {
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        String lower = asciiLower(name);
        boolean secret = false;
        for (String p : SECRET_PARTS) {
            if (lower.contains(p)) {
                secret = true;
                break;
            }
        }
        if (!secret) {
            return false;
        }
        for (String e : HARMLESS_ENDS) {
            if (lower.endsWith(e)) {
                return false;
            }
        }
        return true;
    }

    private static String asciiLower(String s) {
        char[] out = null;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 'A' && c <= 'Z') {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[k] = (char) (c + ('a' - 'A'));
            }
        }
        return out == null ? s : new String(out);
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Instruction i : ctx.instructions("ARG", "ENV")) {
            if (!i.is("ARG") && !i.is("ENV")) {
                continue;
            }
            for (String name : Scope.declared(i)) {
                if (secret(name)) {
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