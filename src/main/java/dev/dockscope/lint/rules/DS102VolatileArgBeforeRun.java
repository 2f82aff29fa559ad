package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.dockerfile.Words;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** DS102: an ARG/ENV that changes on every build sits above an expensive RUN. */
public final class DS102VolatileArgBeforeRun implements Rule {
    static final RuleMeta META = new RuleMeta("DS102", Severity.WARNING,
            "Build-varying ARG/ENV/LABEL declared before an expensive RUN", Family.CACHE, Concept.LAYER_CACHE,
            "Every RUN sees the ARG and ENV values declared above it as part of its cache key. A value that "
                    + "differs on each build (a date, a git commit, a build number, the app's own version) placed "
                    + "above a package install or a compile makes that step run again every time.",
            "Declare the value after the expensive steps, just before the instruction that needs it (often a "
                    + "LABEL or the final COPY).",
            List.of(), List.of());
    private static final Pattern VOLATILE = Pattern.compile(
            "(?:.*_)?(?:DATE|TIME|TIMESTAMP|BUILDTIME|SHA|GIT_SHA|COMMIT|COMMIT_SHA|REVISION|VCS_REF|BUILD_NUMBER"
                    + "|BUILD_ID|BUILD_INFO|PIPELINE_ID|CACHEBUST|CACHE_BUST)|VERSION|APP_VERSION|BUILD_VERSION"
                    + "|IMAGE_VERSION|RELEASE|GIT_[A-Z_]+");

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        for (Stage stage : ctx.df().stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                Instruction i = body.get(k);
                if (!i.is("ARG") && !i.is("ENV") && !i.is("LABEL")) {
                    continue;
                }
                for (String name : volatileNames(i)) {
                    Instruction run = expensiveRunAfter(ctx, body, k, name);
                    String where = "";
                    if (run == null && !i.is("ARG")) {
                        // ENV and LABEL are part of the stage's image: every stage built FROM it starts over too
                        for (Stage child : ctx.df().stages()) {
                            if (child.index() > stage.index() && ctx.lineage(child.from()).contains(stage)) {
                                run = expensiveRunAfter(ctx, child.instructions(), -1, name);
                                if (run != null) {
                                    where = " of stage " + child.label() + ", which is built FROM stage "
                                            + stage.label() + ",";
                                    break;
                                }
                            }
                        }
                    }
                    if (run != null) {
                        String what = i.is("LABEL") ? "LABEL with $" + name : i.keyword() + " " + name;
                        report.report(i, what + " likely changes on every build and comes before the RUN on line "
                                + run.line() + where + ": that step loses its cache each time");
                    }
                }
            }
        }
    }

    /** ARG/ENV names that look build-varying; for LABEL, the build-varying variables its values use. */
    private static List<String> volatileNames(Instruction i) {
        List<String> out = new java.util.ArrayList<>();
        if (i.is("LABEL")) {
            var m = java.util.regex.Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)").matcher(i.body());
            while (m.find()) {
                if (VOLATILE.matcher(m.group(1).toUpperCase(Locale.ROOT)).matches() && !out.contains(m.group(1))) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
        for (String word : Words.split(i.body())) {
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (VOLATILE.matcher(name.toUpperCase(Locale.ROOT)).matches()) {
                out.add(name);
            }
            if (i.is("ENV") && !i.body().contains("=")) {
                break; // legacy ENV NAME value form: only the first word is a name
            }
        }
        return out;
    }

    private static Instruction expensiveRunAfter(LintContext ctx, List<Instruction> body, int k, String name) {
        // a value in the environment (an ENV, or an ARG handed to one) is read by build tools without a $ in the
        // script (vergen, ldflags from env, setuptools-scm): a compile after it really uses it
        boolean env = k >= 0 && body.get(k).is("ENV");
        for (int j = k + 1; j < body.size() && !env; j++) {
            Instruction x = body.get(j);
            env = x.is("ENV") && (x.body().contains("$" + name) || x.body().contains("${" + name));
        }
        for (int j = k + 1; j < body.size(); j++) {
            Instruction r = body.get(j);
            if (!r.is("RUN")) {
                continue;
            }
            RunScript s = ctx.run(r);
            if (s.script().contains("$" + name) || s.script().contains("${" + name)) {
                if (Commands.anyExpensive(s)) {
                    return null; // the expensive step uses the value: it must run again anyway
                }
                continue; // a cheap step that uses it moves down with it
            }
            if (env && builds(s)) {
                return null;
            }
            if (Commands.anyExpensive(s)) {
                return r;
            }
        }
        return null;
    }

    /** A compile: a build that is not a dependency-only step (cargo build, go build, mvn package, make…). */
    private static boolean builds(RunScript s) {
        for (var c : s.unwrapped()) {
            boolean install = dev.dockscope.lint.Ecosystem.installOf(c) != null;
            if (install && !dev.dockscope.lint.Ecosystem.dependencyOnly(c, s.script()) || c.program().equals("make")
                    || c.program().equals("cmake") || c.has("build") && !install) {
                return true;
            }
        }
        return false;
    }
}
