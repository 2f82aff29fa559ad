package dev.dockscope.lint;

import dev.dockscope.concepts.Concept;
import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.DockerfileParser;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import dev.dockscope.model.Redaction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What rebuilds when some files change: a step loses its cache when it copies a changed file from the context (after
 * {@code .dockerignore}), copies from a stage that rebuilt, or comes after such a step in its stage; a stage built
 * FROM a rebuilt stage rebuilds entirely. Also proposes an order that rebuilds less: manifests and the dependency
 * install (and system package installs) above the whole-context COPY.
 *
 * @param ignored      changed paths that cannot affect the build (outside the context, or in .dockerignore), with why
 * @param invalidated  every step that loses its cache
 * @param reorder      a better order, or null when none helps
 */
public record RebuildPlan(String file, List<String> changed, List<String> ignored, List<Step> invalidated,
                          int totalSteps, int rebuiltSteps, Reorder reorder, List<String> concepts,
                          @com.fasterxml.jackson.annotation.JsonInclude(
                                  com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) ImageCost image) {

    /** One entry of an image's history, in build order, as the byte cost needs it. */
    public record HistoryStep(String keyword, String instruction, long size) {
    }

    /**
     * With {@code --image REF}: the final stage's steps matched to the image's history from the top down, and the
     * bytes of layers that would be rebuilt. {@code matchedSteps} of the final stage found their history entry.
     */
    public record ImageCost(String image, int matchedSteps, int finalStageSteps, long rebuiltBytes, long imageBytes,
                            List<StepBytes> steps, String note) {
    }

    public record StepBytes(int line, String instruction, String history, long bytes) {
    }

    /**
     * Adds the byte cost: the final stage's instructions (after FROM) are matched to the last history entries,
     * walking both from the end and skipping history entries the Dockerfile does not have (such as the LABEL that
     * {@code docker build --label} adds).
     */
    public RebuildPlan withImage(LintRun.Input in, String ref, List<HistoryStep> history, long imageBytes) {
        Dockerfile df = DockerfileParser.parse(in.name(), in.text());
        Stage last = df.finalStage();
        List<Instruction> body = last == null ? List.of() : last.instructions();
        Map<Integer, HistoryStep> matched = new HashMap<>();
        int h = history.size() - 1;
        int skipped = 0;
        for (int k = body.size() - 1; k >= 0 && h >= 0; k--) {
            String kw = body.get(k).keyword().toUpperCase(Locale.ROOT);
            int look = h;
            while (look >= 0 && h - look <= 2 && !history.get(look).keyword().equals(kw)) {
                look--;
            }
            if (look >= 0 && history.get(look).keyword().equals(kw)) {
                skipped += h - look;
                matched.put(k, history.get(look));
                h = look - 1;
            }
        }
        Set<Integer> invalidLines = new HashSet<>();
        for (Step s : invalidated) {
            if (last != null && s.stage().equals(last.label())) {
                invalidLines.add(s.line());
            }
        }
        List<StepBytes> out = new ArrayList<>();
        long bytes = 0;
        for (int k = 0; k < body.size(); k++) {
            Instruction i = body.get(k);
            HistoryStep hs = matched.get(k);
            if (invalidLines.contains(i.line())) {
                long b = hs == null ? 0 : hs.size();
                bytes += b;
                out.add(new StepBytes(i.line(), summary(i), hs == null ? null : hs.instruction(), b));
            }
        }
        String note = matched.size() < body.size()
                ? (body.size() - matched.size()) + " of the final stage's " + body.size() + " steps have no matching "
                        + "history entry: is the image built from this Dockerfile?"
                : skipped > 0 ? skipped + " history entr" + (skipped == 1 ? "y" : "ies") + " not in the Dockerfile "
                        + "(such as a --label) were skipped" : null;
        ImageCost cost = new ImageCost(ref, matched.size(), body.size(), bytes, imageBytes, List.copyOf(out), note);
        return new RebuildPlan(file, changed, ignored, invalidated, totalSteps, rebuiltSteps, reorder, concepts, cost);
    }

    public record Step(String stage, int line, String instruction) {
    }

    /** The suggested order for one stage and how many steps it would rebuild. */
    public record Reorder(String stage, List<String> order, int rebuiltSteps, String why) {
    }

    public static RebuildPlan of(LintRun.Input in, List<String> changedArgs) {
        Dockerfile df = DockerfileParser.parse(in.name(), in.text());
        Path context = in.file() == null ? Path.of("").toAbsolutePath() : in.file().toAbsolutePath().getParent();
        DockerIgnore ignore = in.file() == null ? null : DockerIgnore.find(in.file().toAbsolutePath(), context);
        List<String> changed = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        for (String c : changedArgs) {
            String rel = relative(context, c);
            if (rel == null) {
                ignored.add(c + " (outside the build context)");
            } else if (ignore != null && ignore.excluded(rel)) {
                ignored.add(rel + " (excluded by " + ignore.file().getFileName() + ")");
            } else {
                changed.add(rel);
            }
        }
        List<Step> steps = new ArrayList<>();
        Set<Integer> dirtyStages = new HashSet<>();
        int total = 0;
        for (Stage s : df.stages()) {
            Stage base = df.stage(s.image());
            boolean dirty = base != null && base.index() < s.index() && dirtyStages.contains(base.index());
            for (Instruction i : s.instructions()) {
                total++;
                if (!dirty) {
                    dirty = touches(df, i, changed, dirtyStages);
                }
                if (dirty) {
                    steps.add(new Step(s.label(), i.line(), summary(i)));
                }
            }
            if (dirty) {
                dirtyStages.add(s.index());
            }
        }
        Reorder reorder = changed.isEmpty() ? null : reorder(df, changed, dirtyStages,
                in.file() == null ? null : context);
        return new RebuildPlan(in.name(), List.copyOf(changed), List.copyOf(ignored), List.copyOf(steps), total,
                steps.size(), reorder, List.of(Concept.LAYER_CACHE.slug(), Concept.MULTI_STAGE.slug()), null);
    }

    private static boolean touches(Dockerfile df, Instruction i, List<String> changed, Set<Integer> dirtyStages) {
        if (LintContext.fromContext(i)) {
            for (String src : i.sources()) {
                for (String c : changed) {
                    if (matches(src, c)) {
                        return true;
                    }
                }
            }
        }
        List<String> froms = new ArrayList<>();
        if (i.flagValue("from") != null) {
            froms.add(i.flagValue("from"));
        }
        i.flags("mount").forEach(m -> froms.add(m.options().get("from")));
        for (String f : froms) {
            Stage t = df.stage(f);
            if (t != null && dirtyStages.contains(t.index())) {
                return true;
            }
        }
        return false;
    }

    /** Does COPY source {@code src} bring in the context path {@code path}? */
    static boolean matches(String src, String path) {
        String s = DockerIgnore.clean(src);
        if (s.isEmpty() || s.equals(".") || s.equals("*")) {
            return true;
        }
        String prefix = path;
        while (true) {
            if (prefix.equals(s) || Glob.matches(s, prefix)) {
                return true;
            }
            int slash = prefix.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            prefix = prefix.substring(0, slash);
        }
    }

    private static String relative(Path context, String arg) {
        Path p = Path.of(arg);
        Path abs = p.isAbsolute() ? p.normalize() : Path.of("").toAbsolutePath().resolve(p).normalize();
        if (!p.isAbsolute() && !abs.startsWith(context) && !java.nio.file.Files.exists(abs)) {
            abs = context.resolve(p).normalize();
        }
        if (!abs.startsWith(context)) {
            return null;
        }
        String rel = context.relativize(abs).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    /** One step of a proposed order and whether the given change reaches it (it copies a changed file). */
    private record Proposed(String text, boolean touched) {
    }

    /**
     * A better order for the first rebuilt stage that copies the whole context before a dependency install or a
     * system package install: only real dependency installs (npm ci, go mod download, mvn dependency:go-offline…)
     * move above the COPY, with the manifests that exist in the context; a build that downloads on its own (go
     * build, mvn package) stays below it, with its dependency-only step added above. The rebuilt count is computed
     * for the change given.
     */
    private static Reorder reorder(Dockerfile df, List<String> changed, Set<Integer> dirtyStages, Path context) {
        for (Stage s : df.stages()) {
            if (!dirtyStages.contains(s.index())) {
                continue;
            }
            List<Instruction> body = s.instructions();
            int copyAt = -1;
            Set<Ecosystem> fetched = new HashSet<>();
            for (int k = 0; k < body.size(); k++) {
                Instruction i = body.get(k);
                if (LintContext.copiesWholeContext(i)) {
                    copyAt = k;
                    break;
                }
                if (i.is("RUN")) {
                    RunScript r = RunScript.of(i);
                    for (Command c : r.unwrapped()) {
                        if (Ecosystem.installOf(c) != null && Ecosystem.dependencyOnly(c, r.script())) {
                            fetched.add(Ecosystem.installOf(c));
                        }
                    }
                }
            }
            if (copyAt < 0) {
                continue;
            }
            List<Proposed> early = new ArrayList<>();
            List<Proposed> late = new ArrayList<>();
            Ecosystem eco = null;
            for (int k = copyAt + 1; k < body.size(); k++) {
                Instruction i = body.get(k);
                RunScript r = i.is("RUN") ? RunScript.of(i) : null;
                Ecosystem e = r == null ? null : install(i);
                boolean depOnly = e != null && r.unwrapped().stream().anyMatch(c -> Ecosystem.installOf(c) == e
                        && Ecosystem.dependencyOnly(c, r.script()));
                boolean system = r != null && r.unwrapped().stream().anyMatch(
                        c -> (c.program().equals("apt-get") || c.program().equals("apk") || c.program().equals("dnf")
                                || c.program().equals("yum")) && !c.subcommand().isEmpty());
                boolean touchesAfter = i.is("COPY") || i.is("ADD");
                if (e != null && eco == null && !fetched.contains(e)) {
                    eco = e;
                    List<String> files = manifests(e, context);
                    boolean manifestChanged = changed.stream().anyMatch(c -> files.stream()
                            .anyMatch(m -> matches(m, c)));
                    early.add(new Proposed("COPY " + String.join(" ", files) + " ./", manifestChanged));
                    if (depOnly) {
                        List<String> install = new ArrayList<>();
                        List<String> rest = new ArrayList<>();
                        for (Command c : r.commands()) {
                            String text = String.join(" ", c.words().stream().map(w -> w.text()).toList());
                            (Ecosystem.installOf(c.unwrapped()) == e && rest.isEmpty() ? install : rest).add(text);
                        }
                        early.add(new Proposed("RUN " + String.join(" && ", install), false));
                        if (!rest.isEmpty()) {
                            late.add(new Proposed("RUN " + String.join(" && ", rest), false));
                        }
                    } else {
                        // the build needs the sources: fetch the dependencies first, build where it is
                        early.add(new Proposed("RUN " + e.prefetch(), false));
                        late.add(new Proposed(summary(i), false));
                    }
                } else if (system && eco == null) {
                    early.add(new Proposed(summary(i), false));
                } else {
                    late.add(new Proposed(summary(i), touchesAfter && touches(df, i, changed, Set.of())));
                }
            }
            if (early.isEmpty()) {
                continue;
            }
            List<Proposed> order = new ArrayList<>();
            for (int k = 0; k < copyAt; k++) {
                order.add(new Proposed(summary(body.get(k)), touches(df, body.get(k), changed, Set.of())));
            }
            order.addAll(early);
            order.add(new Proposed(summary(body.get(copyAt)), touches(df, body.get(copyAt), changed, Set.of())));
            order.addAll(late);
            int rebuilt = 0;
            boolean dirty = false;
            for (Proposed p : order) {
                dirty |= p.touched();
                rebuilt += dirty ? 1 : 0;
            }
            String why = eco != null ? "copy the " + eco.id() + " manifests and install before COPY . ., so a "
                    + "source edit keeps the install cached"
                    : "install system packages before COPY . ., so a source edit keeps them cached";
            return new Reorder(s.label(), order.stream().map(Proposed::text).toList(), rebuilt, why);
        }
        return null;
    }

    /**
     * The ecosystem's manifests that exist in the context; for npm, {@code package*.json} (the lock file may or may
     * not be there); all of them when the context is unknown or has none.
     */
    static List<String> manifests(Ecosystem e, Path context) {
        if (context == null) {
            return e.manifests();
        }
        if (e == Ecosystem.NPM && java.nio.file.Files.exists(context.resolve("package.json"))) {
            return List.of("package*.json");
        }
        List<String> out = new ArrayList<>();
        for (String m : e.manifests()) {
            if (m.contains("*") || java.nio.file.Files.exists(context.resolve(m))) {
                out.add(m);
            }
        }
        return out.isEmpty() ? e.manifests() : List.copyOf(out);
    }

    private static Ecosystem install(Instruction run) {
        for (Command c : RunScript.of(run).unwrapped()) {
            Ecosystem e = Ecosystem.installOf(c);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static String summary(Instruction i) {
        String t = i.written() + " " + i.text().text().substring(Math.min(i.text().text().length(),
                i.pos().column() - 1 + i.written().length())).strip().replaceAll("\\s+", " ");
        return Redaction.line(t.length() > 120 ? t.substring(0, 119) + "…" : t);
    }
}
