package dev.dockscope.lint.rules;

import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.shell.Command;
import dev.dockscope.lint.shell.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Shared logic of the "packages without versions" rules. */
final class Pinning {
    /** Options that take the next word as their value (so it is not a package name). */
    private static final Set<String> VALUED = Set.of("-o", "-t", "--target-release", "--virtual", "--repository",
            "-X", "-i", "--index-url", "--extra-index-url", "--target", "--prefix", "--trusted-host", "-c",
            "--install-dir", "-n", "--bindir", "--root", "-f", "--find-links", "--platform", "--python-version",
            "--only-binary", "--no-binary", "--registry", "--enablerepo", "--disablerepo", "--setopt", "-p",
            "--root-user-action", "--loglevel", "--constraint", "--cache-dir", "--src", "--progress-bar", "--log",
            "--timeout", "--retries", "--proxy", "--cert", "--client-cert", "--exists-action", "--implementation",
            "--abi", "--upgrade-strategy", "--config-settings", "--cache", "--userconfig", "--tag", "--omit",
            "--include", "--source", "--installroot", "--releasever", "--repo", "--from-repo",
            "--python", "--pip-args", "--suffix");

    private static final Pattern VAR = Pattern.compile(
            "\\$\\{?([A-Za-z_][A-Za-z0-9_]*)[^}]*}?");

    private Pinning() {
    }

    /** Shell assignments ({@code NAME=}, {@code export NAME=}) in a script. */
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?:^|[\\s;&|(])(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=");
    /** Names bound by shell loops and reads. */
    private static final Pattern BOUND = Pattern.compile(
            "\\b(?:for|read)\\s+([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Pattern VCS = Pattern.compile(
            "(git|hg|svn|bzr)\\+.*|git://.*|github:.*|gitlab:.*|bitbucket:.*");

    private static final Function<RunScript, Set<String>> SCRIPT_NAMES = Pinning::scriptNames;

    /** Names the script itself sets: assignments, {@code for} loops and {@code read}. */
    private static Set<String> scriptNames(RunScript r) {
        String script = r.script();
        // each pattern needs a literal part ('=', "for", "read"): a script without it is not matched at all
        boolean assigns = script.indexOf('=') >= 0;
        boolean binds = script.contains("for") || script.contains("read");
        if (!assigns && !binds) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        if (assigns) {
            var m = ASSIGNED.matcher(script);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        if (binds) {
            // shell loops and reads bind variables too
            var loop = BOUND.matcher(script);
            while (loop.find()) {
                out.add(loop.group(1));
            }
        }
        return out;
    }

    /**
     * Whether every variable in the word is known: set by almost every base image, predefined by the builder,
     * declared by an ARG/ENV before the RUN (in its stage and the stages it is built FROM), or set in the script.
     */
    private static boolean variablesKnown(LintContext ctx, RunScript r, Set<String> script, String word) {
        var m = VAR.matcher(word);
        boolean any = false;
        while (m.find()) {
            any = true;
            String name = m.group(1);
            if (!Scope.IMAGE_ENV.contains(name) && !Scope.PREDEFINED.contains(name) && !script.contains(name)
                    && !ctx.declaredBefore(r.instruction(), name)) {
                return false;
            }
        }
        return any;
    }

    /**
     * True for a VCS URL with a revision ({@code git+https://host/repo.git@v1.2}, {@code …#semver:1.2} or
     * {@code #v1.2}): the part after the host holds {@code @} or {@code #} (an egg or subdirectory name is no
     * revision).
     */
    static boolean vcsPinned(String url) {
        int scheme = url.indexOf("://");
        String rest = scheme < 0 ? url : url.substring(scheme + 3);
        int slash = rest.indexOf('/');
        int colon = rest.indexOf(':');
        String path = slash < 0 && colon < 0 ? "" : rest.substring(slash < 0 ? colon : colon < 0 ? slash
                : Math.min(slash, colon));
        if (path.contains("@")) {
            return true;
        }
        int hash = path.indexOf('#');
        return hash >= 0 && !path.startsWith("egg=", hash + 1) && !path.startsWith("subdirectory=", hash + 1);
    }

    /** True for a VCS reference: git+…, git://, hg+…, svn+…, bzr+…, or github:user/repo. */
    static boolean vcs(String w) {
        return VCS.matcher(w).matches();
    }

    static void unpinned(LintContext ctx, RunScript r, Command c, Predicate<String> unpinned, Reporter report,
                         String manager) {
        unpinned(ctx, r, c, unpinned, report, manager, 1);
    }

    /** Like the above, when the subcommand is {@code subWords} words long ({@code dnf module install}: 2). */
    static void unpinned(LintContext ctx, RunScript r, Command c, Predicate<String> unpinned, Reporter report,
                         String manager, int subWords) {
        Set<String> known = null;
        List<String> names = new ArrayList<>();
        Word first = null;
        int sub = 0;
        List<Word> w = c.words();
        for (int k = 1; k < w.size(); k++) {
            String t = w.get(k).text();
            if (t.equals("--")) {
                break;
            }
            if (t.startsWith("-")) {
                // a known valued option, or a long option followed by a boolean, takes the next word
                if (VALUED.contains(t) || t.startsWith("--") && !t.contains("=") && k + 1 < w.size()
                        && BOOLEAN.matcher(w.get(k + 1).text()).matches()) {
                    k++;
                }
                continue;
            }
            if (sub < subWords) {
                sub++;
                continue;
            }
            if (t.isEmpty()) {
                continue;
            }
            if (t.contains("$")) {
                // a variable the build declares may well hold the version; one it never declares expands to ""
                known = known != null ? known : ctx.memo(SCRIPT_NAMES, r);
                if (variablesKnown(ctx, r, known, t) || !unpinned.test(VAR.matcher(t).replaceAll(""))) {
                    continue;
                }
            } else if (!unpinned.test(t)) {
                continue;
            }
            names.add(t);
            first = first == null ? w.get(k) : first;
        }
        if (!names.isEmpty()) {
            report.report(r.pos(first), manager + " package" + (names.size() > 1 ? "s" : "") + " without a version: "
                    + String.join(", ", names));
        }
    }
}
