package dev.dockscope.lint.rules;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.Ecosystem;
import dev.dockscope.lint.Family;
import dev.dockscope.lint.LintContext;
import dev.dockscope.lint.Reporter;
import dev.dockscope.lint.Rule;
import dev.dockscope.lint.RuleMeta;
import dev.dockscope.lint.RunScript;
import dev.dockscope.lint.Severity;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    static final Pattern VOLATILE = Pattern.compile(
            "(?:.*_)?(?:DATE|TIME|TIMESTAMP|BUILDTIME|SHA|GIT_SHA|COMMIT|COMMIT_SHA|REVISION|VCS_REF|BUILD_NUMBER"
                    + "|BUILD_ID|BUILD_INFO|PIPELINE_ID|CACHEBUST|CACHE_BUST)|VERSION|APP_VERSION|BUILD_VERSION"
                    + "|IMAGE_VERSION|RELEASE|GIT_[A-Z_]+");

    /** A part every name {@link #VOLATILE} matches has (upper-cased): TIMESTAMP has TIME, GIT_SHA has SHA, … */
    private static final String[] VOLATILE_PARTS = {"DATE", "TIME", "SHA", "COMMIT", "REVISION", "VCS_REF",
        "BUILD_NUMBER", "BUILD_ID", "BUILD_INFO", "PIPELINE_ID", "CACHEBUST", "CACHE_BUST", "VERSION", "RELEASE",
        "GIT_"};

    /**
     * False when {@code name} cannot match {@link #VOLATILE}: an ASCII name (upper-casing ASCII letters is all
     * {@code toUpperCase} does to it) with none of {@link #VOLATILE_PARTS} in any case. A name with other characters
     * (some upper-case to ASCII letters, or to more than one) is left to the pattern. Most words of an ARG or ENV
     * are not build-varying: they are neither upper-cased nor matched.
     */
    static boolean mayBeVolatile(String name) {
        int n = name.length();
        for (int k = 0; k < n; k++) {
            if (name.charAt(k) >= 0x80) {
                return true;
            }
        }
        if (n < 3) {
            return false;
        }
        for (String part : VOLATILE_PARTS) {
            int last = n - part.length();
            for (int at = 0; at <= last; at++) {
                if (name.regionMatches(true, at, part, 0, part.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The names {@link #VOLATILE} matches after an optional {@code <anything>_} prefix. */
    private static final String[] VOLATILE_TAILS = {"DATE", "TIME", "TIMESTAMP", "BUILDTIME", "SHA", "GIT_SHA",
        "COMMIT", "COMMIT_SHA", "REVISION", "VCS_REF", "BUILD_NUMBER", "BUILD_ID", "BUILD_INFO", "PIPELINE_ID",
        "CACHEBUST", "CACHE_BUST"};
    /** The names {@link #VOLATILE} matches only whole. */
    private static final String[] VOLATILE_WHOLE = {"VERSION", "APP_VERSION", "BUILD_VERSION", "IMAGE_VERSION",
        "RELEASE"};

    /**
     * Whether the upper-cased {@code name} matches {@link #VOLATILE}, without upper-casing or a regular expression
     * for an ASCII name (every ARG and ENV word asks, and a file may hold tens of thousands of them): a tail of
     * {@link #VOLATILE_TAILS} alone or after {@code _} (what comes before it holds no line break, as {@code .*}
     * requires), one of {@link #VOLATILE_WHOLE}, or {@code GIT_} and one or more letters or underscores. A name
     * with other characters goes to the pattern.
     */
    static boolean isVolatile(String name) {
        int n = name.length();
        for (int k = 0; k < n; k++) {
            if (name.charAt(k) >= 0x80) {
                return VOLATILE.matcher(name.toUpperCase(Locale.ROOT)).matches();
            }
        }
        if (!mayBeVolatile(name)) {
            return false;
        }
        for (String tail : VOLATILE_TAILS) {
            int at = n - tail.length();
            if (at < 0 || !name.regionMatches(true, at, tail, 0, tail.length())) {
                continue;
            }
            if (at == 0) {
                return true;
            }
            if (name.charAt(at - 1) == '_' && noLineBreak(name, at - 1)) {
                return true;
            }
        }
        for (String whole : VOLATILE_WHOLE) {
            if (whole.equalsIgnoreCase(name)) {
                return true;
            }
        }
        if (n > 4 && name.regionMatches(true, 0, "GIT_", 0, 4)) {
            for (int k = 4; k < n; k++) {
                char c = name.charAt(k);
                if (c != '_' && (c < 'A' || c > 'Z') && (c < 'a' || c > 'z')) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /** No line terminator (of those ASCII has) in {@code name[0, end)}: what {@code .} of a pattern matches. */
    private static boolean noLineBreak(String name, int end) {
        for (int k = 0; k < end; k++) {
            char c = name.charAt(k);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Compiled on first use: only LABELs need it. */
    private static final class Rx {
        static final Pattern REFERENCE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");
    }

    @Override
    public RuleMeta meta() {
        return META;
    }

    @Override
    public void check(LintContext ctx, Reporter report) {
        Map<List<Instruction>, Later> index = new IdentityHashMap<>();
        Descent tree = null;
        for (Stage stage : ctx.df().stages()) {
            List<Instruction> body = stage.instructions();
            for (int k = 0; k < body.size(); k++) {
                Instruction i = body.get(k);
                if (!i.is("ARG") && !i.is("ENV") && !i.is("LABEL")) {
                    continue;
                }
                for (String name : volatileNames(i)) {
                    Instruction run = expensiveRunAfter(ctx, index, body, k, name);
                    String where = "";
                    if (run == null && !i.is("ARG")) {
                        // ENV and LABEL are part of the stage's image: every stage built FROM it, directly or
                        // through others, starts over too. Only a stage with an expensive RUN can answer, so the
                        // walk visits those in file order, and asks each whether it descends from this one
                        // (asking every later stage was a walk per ENV: quadratic in a chain of stages)
                        if (tree == null) {
                            tree = new Descent(ctx, index);
                        }
                        for (int c = tree.firstCandidateAfter(stage.index()); c < tree.candidates.length; c++) {
                            Stage child = ctx.df().stages().get(tree.candidates[c]);
                            if (!tree.descends(child.index(), stage.index())) {
                                continue;
                            }
                            run = expensiveRunAfter(ctx, index, child.instructions(), -1, name);
                            if (run != null) {
                                where = " of stage " + child.label() + ", which is built FROM stage "
                                        + stage.label() + ",";
                                break;
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
        List<String> out = new ArrayList<>();
        if (i.is("LABEL")) {
            var m = Rx.REFERENCE.matcher(i.body());
            while (m.find()) {
                if (isVolatile(m.group(1)) && !out.contains(m.group(1))) {
                    out.add(m.group(1));
                }
            }
            return out;
        }
        List<String> words = i.bodyWords();
        for (int k = 0, n = words.size(); k < n; k++) { // by index: no iterator per ARG
            String word = words.get(k);
            String name = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            if (isVolatile(name)) {
                out.add(name);
            }
            if (i.is("ENV") && !i.body().contains("=")) {
                break; // legacy ENV NAME value form: only the first word is a name
            }
        }
        return out;
    }

    /**
     * The first RUN after {@code body[k]} that is expensive and does not use {@code name}, or null when the value is
     * used by the expensive step or a compile reads it from the environment. Only expensive RUNs and compiles can end
     * the walk, so it visits those (indexed once per stage) and not every later instruction: a stage of many ARGs
     * and RUNs costs one pass, not one pass per ARG.
     */
    private static Instruction expensiveRunAfter(LintContext ctx, Map<List<Instruction>, Later> index,
                                                 List<Instruction> body, int k, String name) {
        Later later = index.get(body); // (no lambda: it would capture ctx, one object per question)
        if (later == null) {
            later = new Later(ctx, body);
            index.put(body, later);
        }
        // a value in the environment (an ENV, or an ARG handed to one) is read by build tools without a $ in the
        // script (vergen, ldflags from env, setuptools-scm): a compile after it really uses it
        boolean env = k >= 0 && body.get(k).is("ENV") || later.lastEnvUsing(name) > k;
        int e = later.nextExpensive(k + 1);
        if (env) {
            // a compile before the expensive step that does not use the value reads it from the environment
            for (int j = later.firstCheapBuild(k + 1); j < e; j = later.firstCheapBuild(j + 1)) {
                if (!uses(ctx.run(body.get(j)), name)) {
                    return null;
                }
            }
        }
        if (e >= body.size()) {
            return null;
        }
        RunScript s = ctx.run(body.get(e));
        if (uses(s, name)) {
            return null; // the expensive step uses the value: it must run again anyway
        }
        return env && builds(s) ? null : body.get(e);
    }

    private static boolean uses(RunScript s, String name) {
        return s.contains("$" + name) || s.contains("${" + name);
    }

    /** For one stage's instructions: where the expensive RUNs and the cheap compiles are, and ENV uses by name. */
    private static final class Later {
        private final List<Instruction> body;
        /** For each position, the first expensive RUN at or after it ({@code body.size()} for none). */
        private final int[] nextExpensive;
        /** For each position, the first RUN at or after it that compiles but is not expensive. */
        private final int[] nextCheapBuild;
        /** Positions of the ENVs, in order. */
        private final List<Integer> envs = new ArrayList<>();
        /** Per name asked: the last ENV position that uses it, or -1. */
        private final Map<String, Integer> envUse = new HashMap<>();

        Later(LintContext ctx, List<Instruction> body) {
            this.body = body;
            int n = body.size();
            nextExpensive = new int[n + 1];
            nextCheapBuild = new int[n + 1];
            nextExpensive[n] = n;
            nextCheapBuild[n] = n;
            for (int j = n - 1; j >= 0; j--) {
                nextExpensive[j] = nextExpensive[j + 1];
                nextCheapBuild[j] = nextCheapBuild[j + 1];
                Instruction x = body.get(j);
                if (x.is("RUN")) {
                    RunScript s = ctx.run(x);
                    if (Commands.anyExpensive(s)) {
                        nextExpensive[j] = j;
                    } else if (builds(s)) {
                        nextCheapBuild[j] = j;
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                if (body.get(j).is("ENV")) {
                    envs.add(j);
                }
            }
        }

        int nextExpensive(int from) {
            return nextExpensive[Math.min(from, body.size())];
        }

        int firstCheapBuild(int from) {
            return nextCheapBuild[Math.min(from, body.size())];
        }

        /** The last ENV whose value uses {@code $name} or {@code ${name}}, or -1 (one scan per name asked). */
        int lastEnvUsing(String name) {
            Integer known = envUse.get(name);
            if (known != null) {
                return known;
            }
            int last = -1;
            for (int k = envs.size() - 1; k >= 0; k--) {
                String b = body.get(envs.get(k)).body();
                if (b.contains("$" + name) || b.contains("${" + name)) {
                    last = envs.get(k);
                    break;
                }
            }
            envUse.put(name, last);
            return last;
        }
    }

    /**
     * The stages as a forest (each stage under the one it is built FROM, when that comes earlier in the file) and the
     * stages that hold an expensive RUN, in file order: only those can be the step an ENV or LABEL above them costs
     * its cache ({@link #expensiveRunAfter} finds nothing in a stage without one).
     */
    private static final class Descent {
        /** Stage indexes with an expensive RUN, ascending. */
        final int[] candidates;
        /** Per stage: its position in a depth-first walk of the forest, and the end of its subtree there. */
        private final int[] enter;
        private final int[] exit;

        Descent(LintContext ctx, Map<List<Instruction>, Later> index) {
            List<Stage> stages = ctx.df().stages();
            int n = stages.size();
            List<List<Integer>> children = new ArrayList<>(n);
            List<Integer> roots = new ArrayList<>();
            List<Integer> found = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                children.add(new ArrayList<>());
                Stage stage = stages.get(c);
                Stage base = ctx.baseOf(stage);
                if (base != null && base.index() < c) {
                    children.get(base.index()).add(c);
                } else {
                    roots.add(c);
                }
                List<Instruction> body = stage.instructions();
                if (index.computeIfAbsent(body, b -> new Later(ctx, b)).nextExpensive(0) < body.size()) {
                    found.add(c);
                }
            }
            candidates = found.stream().mapToInt(Integer::intValue).toArray();
            enter = new int[n];
            exit = new int[n];
            int clock = 0;
            ArrayDeque<int[]> stack = new ArrayDeque<>(); // {stage, next child}
            for (int root : roots) {
                enter[root] = clock++;
                stack.push(new int[] {root, 0});
                while (!stack.isEmpty()) {
                    int[] top = stack.peek();
                    List<Integer> kids = children.get(top[0]);
                    if (top[1] < kids.size()) {
                        int kid = kids.get(top[1]++);
                        enter[kid] = clock++;
                        stack.push(new int[] {kid, 0});
                    } else {
                        exit[top[0]] = clock;
                        stack.pop();
                    }
                }
            }
        }

        /** The position in {@link #candidates} of the first stage after {@code stage}. */
        int firstCandidateAfter(int stage) {
            int at = Arrays.binarySearch(candidates, stage + 1);
            return at >= 0 ? at : -at - 1;
        }

        /** Whether {@code stage} is built FROM {@code ancestor}, directly or through other stages. */
        boolean descends(int stage, int ancestor) {
            return stage != ancestor && enter[ancestor] <= enter[stage] && enter[stage] < exit[ancestor];
        }
    }

    /** A compile: a build that is not a dependency-only step (cargo build, go build, mvn package, make…). */
    private static boolean builds(RunScript s) {
        for (var c : s.unwrapped()) {
            boolean install = Ecosystem.installOf(c) != null;
            if (install && !Ecosystem.dependencyOnly(c, s.script()) || c.program().equals("make")
                    || c.program().equals("cmake") || c.has("build") && !install) {
                return true;
            }
        }
        return false;
    }
}
