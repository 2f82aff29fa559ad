package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a rule sees: the parsed file, the build context folder (null for stdin), the config, and shared lazily
 * computed views (RUN scripts, the {@code .dockerignore}).
 */
public final class LintContext {
    private static final Set<String> WHOLE_CONTEXT = Set.of(".", "./", "*", "./*", "./.", "/");

    private final Dockerfile df;
    private final Path dockerfile;
    private final Path context;
    private final Config config;
    private List<RunScript> runs;
    private final Map<Instruction, RunScript> byInstruction = new IdentityHashMap<>();
    /** Per predicate of {@link #anyBefore}, per stage index: the line of its first matching instruction. */
    private final Map<Predicate<Instruction>, Map<Integer, Integer>> firstMatch = new IdentityHashMap<>();
    private DockerIgnore ignore;
    private boolean ignoreLoaded;
    private java.util.Set<Integer> finalChain;
    private java.util.Set<Integer> feeding;
    private ImageRole role;

    public LintContext(Dockerfile df, Path dockerfile, Path context, Config config) {
        this.df = df;
        this.dockerfile = dockerfile;
        this.context = context;
        this.config = config == null ? Config.EMPTY : config;
    }

    public Dockerfile df() {
        return df;
    }

    /** The build context folder (the Dockerfile's folder), or null when reading stdin. */
    public Path context() {
        return context;
    }

    public Config config() {
        return config;
    }

    /**
     * Every RUN's script in file order, {@code ONBUILD RUN} included: it runs in every image built FROM this one, and
     * is linted like any RUN (its findings point into the ONBUILD line).
     */
    public List<RunScript> runs() {
        if (runs == null) {
            List<RunScript> out = new ArrayList<>();
            for (Instruction i : df.instructions()) {
                if (i.is("RUN")) {
                    out.add(run(i));
                } else if (i.is("ONBUILD") && i.onbuild() != null && i.onbuild().is("RUN")) {
                    out.add(run(i.onbuild()));
                }
            }
            runs = List.copyOf(out);
        }
        return runs;
    }

    public RunScript run(Instruction i) {
        return byInstruction.computeIfAbsent(i, RunScript::of);
    }

    /** What the final image is for (a service, root on purpose, a general-purpose packaging image). */
    public ImageRole role() {
        if (role == null) {
            role = ImageRole.of(this);
        }
        return role;
    }

    /** The {@code .dockerignore} that applies, or null (none, or no context folder). */
    public DockerIgnore dockerIgnore() {
        if (!ignoreLoaded) {
            ignoreLoaded = true;
            ignore = context == null || dockerfile == null ? null : DockerIgnore.find(dockerfile, context);
        }
        return ignore;
    }

    /**
     * True when what the instruction leaves in its layer ends up in the final image: it sits in the final stage or in
     * a stage the final stage is built {@code FROM} (directly or through other stages). Builder stages that are only
     * copied from give the final image the files named in the COPY, not their caches.
     */
    public boolean inFinalImage(Instruction i) {
        if (finalChain == null) {
            java.util.Set<Integer> chain = new java.util.HashSet<>();
            Stage s = df.finalStage();
            while (s != null && chain.add(s.index())) {
                Stage base = df.stage(s.image());
                s = base != null && base.index() < s.index() ? base : null;
            }
            finalChain = chain;
        }
        return i.stage() < 0 || finalChain.contains(i.stage());
    }

    /**
     * True when the build of the final image runs this stage: the final stage, the stages it is built FROM, and the
     * stages any of those copies from or mounts (transitively). A stage nothing reaches is built only with
     * {@code --target}, so cache advice about it is noise for the default build.
     */
    public boolean feedsFinal(Stage stage) {
        if (feeding == null) {
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            java.util.ArrayDeque<Stage> todo = new java.util.ArrayDeque<>();
            if (df.finalStage() != null) {
                todo.add(df.finalStage());
            }
            while (!todo.isEmpty()) {
                Stage s = todo.poll();
                if (!seen.add(s.index())) {
                    continue;
                }
                List<String> refs = new ArrayList<>();
                refs.add(s.image());
                for (Instruction i : s.instructions()) {
                    Instruction x = i.onbuild() != null ? i.onbuild() : i;
                    if (x.flagValue("from") != null) {
                        refs.add(x.flagValue("from"));
                    }
                    for (var m : x.flags("mount")) {
                        if (m.options().get("from") != null) {
                            refs.add(m.options().get("from"));
                        }
                    }
                }
                for (String r : refs) {
                    Stage t = df.stage(r);
                    if (t != null && t.index() < s.index()) {
                        todo.add(t);
                    }
                }
            }
            feeding = seen;
        }
        return stage == null || feeding.contains(stage.index());
    }

    /** The instruction's stage and the stages it is built FROM, nearest first (empty before the first FROM). */
    public List<Stage> lineage(Instruction i) {
        List<Stage> out = new ArrayList<>();
        Stage s = stageOf(i);
        while (s != null && !out.contains(s)) {
            out.add(s);
            Stage base = df.stage(s.image());
            s = base != null && base.index() < s.index() ? base : null;
        }
        return out;
    }

    /** The instructions an instruction's stage inherits and has run before it (base stages first), in order. */
    public List<Instruction> before(Instruction i) {
        List<Stage> l = lineage(i);
        List<Instruction> out = new ArrayList<>();
        for (int k = l.size() - 1; k >= 0; k--) {
            for (Instruction x : l.get(k).instructions()) {
                if (k == 0 && x.line() >= i.line()) {
                    break;
                }
                out.add(x);
            }
        }
        return out;
    }

    /**
     * Whether an instruction {@link #before} {@code i} matches {@code p}. One pass per stage and predicate, then a
     * look-up per call: rules that ask this for every RUN stay linear in the file (scanning {@link #before} each
     * time was quadratic: minutes for 1 MB of short RUNs). {@code p} must be a constant of the caller, results are
     * kept per predicate instance.
     */
    public boolean anyBefore(Instruction i, Predicate<Instruction> p) {
        Map<Integer, Integer> first = firstMatch.computeIfAbsent(p, k -> new HashMap<>());
        List<Stage> l = lineage(i);
        for (int k = 0; k < l.size(); k++) {
            Stage s = l.get(k);
            int line = first.computeIfAbsent(s.index(), x -> {
                for (Instruction in : s.instructions()) {
                    if (p.test(in)) {
                        return in.line();
                    }
                }
                return Integer.MAX_VALUE;
            });
            if (k == 0 ? line < i.line() : line != Integer.MAX_VALUE) {
                return true;
            }
        }
        return false;
    }

    public Stage stageOf(Instruction i) {
        return i.stage() >= 0 && i.stage() < df.stages().size() ? df.stages().get(i.stage()) : null;
    }

    /** COPY or ADD from the build context (not {@code --from}, not a here-document). */
    public static boolean fromContext(Instruction i) {
        return (i.is("COPY") || i.is("ADD")) && i.flag("from") == null;
    }

    /** Folder names that hold an application's own sources. */
    private static final Set<String> SOURCE_DIRS = Set.of("src", "app", "lib", "public", "cmd", "pkg", "internal",
            "static", "assets", "components", "pages", "server", "client", "web", "frontend", "backend", "packages",
            "apps", "views", "templates", "source", "sources", "main", "api", "core", "modules", "services");

    /**
     * COPY/ADD from the context of the sources: the whole context, or a source tree ({@code COPY src/ ./src},
     * {@code COPY app /app}), or source files by extension ({@code COPY *.go ./}).
     */
    public static boolean copiesSources(Instruction i) {
        if (copiesWholeContext(i)) {
            return true;
        }
        if (!fromContext(i)) {
            return false;
        }
        for (String s : i.sources()) {
            String p = s.startsWith("./") ? s.substring(2) : s;
            p = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
            String first = p.contains("/") ? p.substring(0, p.indexOf('/')) : p;
            boolean tree = p.equals(first) || p.equals(first + "/*") || p.equals(first + "/.");
            if (tree && SOURCE_DIRS.contains(first.toLowerCase(java.util.Locale.ROOT))
                    || p.matches("\\*\\.(go|py|js|ts|rb|php|rs|java|kt|cs|ex|exs)")) {
                return true;
            }
        }
        return false;
    }

    /** COPY/ADD of the whole build context ({@code COPY . .}, {@code ADD ./ /app}). */
    public static boolean copiesWholeContext(Instruction i) {
        if (!fromContext(i)) {
            return false;
        }
        for (String s : i.sources()) {
            if (WHOLE_CONTEXT.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
