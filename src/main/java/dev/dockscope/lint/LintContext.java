package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Stage;
import dev.dockscope.lint.shell.Command;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

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
    /** Per program: the indexes in {@link #runs} of the RUNs with a command (as written or unwrapped) running it. */
    private Map<String, BitSet> byProgram;
    /** Each RUN's script; in a {@link #fork} the parent's, read only (filled by {@link #prepare}). */
    private final Map<Instruction, RunScript> byInstruction;
    /** Scripts of other instructions asked for in a fork; the same map as byInstruction when not forked. */
    private final Map<Instruction, RunScript> ownScripts;
    /** Per predicate of {@link #anyBefore}: where each stage first matches it. */
    private final Map<Predicate<Instruction>, Matches> matches = new IdentityHashMap<>();
    /** Per text of {@link #declarationBefore}: where each stage first has an ARG or ENV with it. */
    private final Map<String, Matches> declarationMatches = new HashMap<>();
    /** Per stage index: the stage it is built FROM, or null. */
    private Stage[] bases;
    /**
     * Per name, per stage index: whether the stage or one it is built FROM declares the name (anywhere in it):
     * {@link #UNKNOWN}, {@link #NO} or {@link #YES}.
     */
    private final Map<String, byte[]> inheritedDeclared = new HashMap<>();
    private static final byte UNKNOWN = 0;
    private static final byte NO = 1;
    private static final byte YES = 2;
    /** Per stage index: each name an ARG or ENV of the stage declares, and the line of its first declaration. */
    private List<Map<String, Integer>> declaredAt;
    /**
     * Per function of {@link #memo}: its results by key (identity). Shared with {@link #fork}s, each function's
     * results under their own lock:
     * a memo is what is costly to work out (a regular expression over a whole script), so a second thread waits for
     * the answer rather than working it out again.
     */
    private final Map<Function<?, ?>, Map<Object, Object>> memos;
    private DockerIgnore ignore;
    private boolean ignoreLoaded;
    private Set<Integer> finalChain;
    private Set<Integer> feeding;
    private ImageRole role;
    /** The instructions by keyword ({@link #instructions(String...)}); shared with forks (its cache is concurrent). */
    private KeywordIndex keywords;

    public LintContext(Dockerfile df, Path dockerfile, Path context, Config config) {
        this.df = df;
        this.dockerfile = dockerfile;
        this.context = context;
        this.config = config == null ? Config.EMPTY : config;
        this.byInstruction = new IdentityHashMap<>();
        this.ownScripts = byInstruction;
        this.memos = new IdentityHashMap<>();
    }

    /**
     * A context for one more thread of rules over the same file: it shares what {@link #prepare} built (read only
     * from then on) and the {@link #memo}s; the cheap look-ups ({@link #anyBefore}, names declared in base
     * stages) are its own (each thread works them out again as it needs them: the same answers). Call {@link #prepare} first, and ask nothing more of this context while its forks are in use.
     */
    LintContext fork() {
        return new LintContext(this);
    }

    private LintContext(LintContext parent) {
        this.df = parent.df;
        this.dockerfile = parent.dockerfile;
        this.context = parent.context;
        this.config = parent.config;
        this.byInstruction = parent.byInstruction;
        this.ownScripts = new IdentityHashMap<>();
        this.memos = parent.memos;
        this.runs = parent.runs;
        this.byProgram = parent.byProgram;
        this.bases = parent.bases;
        this.declaredAt = parent.declaredAt;
        this.ignore = parent.ignore;
        this.ignoreLoaded = parent.ignoreLoaded;
        this.finalChain = parent.finalChain;
        this.feeding = parent.feeding;
        this.role = parent.role;
        this.keywords = parent.keywords;
    }

    /**
     * Builds every shared view and index now (RUN scripts, stage bases, declarations, the final image's stages, the
     * image role, the {@code .dockerignore}), so that {@link #fork}s only read them.
     */
    void prepare() {
        bases();
        // two halves on two threads: the RUN scripts and their index here; the stage views, the image role and the
        // .dockerignore on a helper (they read the instructions and stages, not the scripts, and write other fields)
        Throwable[] failed = new Throwable[1];
        Thread helper = HelperThreads.start("dockscope-lint-prepare", () -> {
            try {
                keywordIndex();
                declaredAt();
                finalChain();
                feeding();
                role();
                dockerIgnore();
            } catch (Throwable t) { // thrown by the calling thread
                failed[0] = t;
            }
        });
        try {
            runs();
            byProgram();
        } finally {
            HelperThreads.joinAll(List.of(helper));
        }
        HelperThreads.rethrow(failed[0]);
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
     * The file's instructions with one of {@code keywords} (upper case, as {@link Instruction#keyword}), in file order:
     * the same instructions, in the same order, as walking {@link Dockerfile#instructions} and keeping those that
     * {@link Instruction#is} one of them. The file is sorted by keyword once, for all rules: a rule that looks only
     * at a few keywords walks those instead of every instruction. ({@code ONBUILD RUN} is an ONBUILD here.)
     */
    public List<Instruction> instructions(String... keywords) {
        KeywordIndex k = keywordIndex();
        return k.pick(keywords, -1, Integer.MAX_VALUE);
    }

    /**
     * {@link #instructions(String...)} within one stage: the instructions of {@link Stage#instructions} (its FROM
     * excluded) with one of {@code keywords}, in order.
     */
    public List<Instruction> instructions(Stage stage, String... keywords) {
        KeywordIndex k = keywordIndex();
        int from = k.fromAt[stage.index()];
        int to = stage.index() + 1 < k.fromAt.length ? k.fromAt[stage.index() + 1] : Integer.MAX_VALUE;
        return k.pick(keywords, from, to);
    }

    private KeywordIndex keywordIndex() {
        if (keywords == null) {
            keywords = new KeywordIndex(df);
        }
        return keywords;
    }

    /** Per keyword, the positions of its instructions in the file (ascending); per stage, the position of its FROM. */
    private static final class KeywordIndex {
        private static final int[] NONE = new int[0];
        final List<Instruction> all;
        final Map<String, int[]> positions;
        final int[] fromAt;
        /** Per set of keywords asked together (as asked): the positions of all their instructions, ascending. */
        final Map<List<String>, int[]> merged = new ConcurrentHashMap<>();

        KeywordIndex(Dockerfile df) {
            all = df.instructions();
            Map<String, int[]> grown = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Instruction i : all) {
                counts.merge(i.keyword(), 1, Integer::sum);
            }
            Map<String, Integer> filled = new HashMap<>();
            for (var e : counts.entrySet()) {
                grown.put(e.getKey(), new int[e.getValue()]);
                filled.put(e.getKey(), 0);
            }
            for (int p = 0; p < all.size(); p++) {
                String kw = all.get(p).keyword();
                int n = filled.get(kw);
                grown.get(kw)[n] = p;
                filled.put(kw, n + 1);
            }
            positions = grown;
            // the stages are the top-level FROMs in order, each holding the instructions up to the next FROM
            int[] froms = grown.getOrDefault("FROM", NONE);
            fromAt = Arrays.copyOf(froms, df.stages().size());
        }

        /** The instructions with one of the keywords strictly between positions {@code from} and {@code to}. */
        List<Instruction> pick(String[] keywords, int from, int to) {
            int[] p;
            if (keywords.length == 1) {
                p = positions.getOrDefault(keywords[0], NONE);
            } else {
                List<String> key = List.of(keywords);
                p = merged.get(key);
                if (p == null) { // two threads may both merge: the same positions
                    p = merge(key);
                    merged.put(key, p);
                }
            }
            int lo = after(p, from);
            int hi = after(p, to - 1);
            return lo >= hi ? List.of() : new Picked(all, p, lo, hi);
        }

        /** The positions of every instruction with one of the keywords, ascending. */
        private int[] merge(List<String> keywords) {
            Set<String> distinct = new HashSet<>(keywords);
            int n = 0;
            for (String k : distinct) {
                n += positions.getOrDefault(k, NONE).length;
            }
            int[] out = new int[n];
            int m = 0;
            for (String k : distinct) {
                int[] p = positions.getOrDefault(k, NONE);
                System.arraycopy(p, 0, out, m, p.length);
                m += p.length;
            }
            Arrays.sort(out); // an instruction has one keyword: no position twice
            return out;
        }

        /** The index of the first position greater than {@code x} in ascending {@code p}. */
        private static int after(int[] p, int x) {
            int lo = 0;
            int hi = p.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (p[mid] <= x) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    /** A read-only view of the instructions at some positions of the file. */
    private static final class Picked extends AbstractList<Instruction> implements RandomAccess {
        private final List<Instruction> all;
        private final int[] positions;
        private final int lo;
        private final int size;

        Picked(List<Instruction> all, int[] positions, int lo, int hi) {
            this.all = all;
            this.positions = positions;
            this.lo = lo;
            this.size = hi - lo;
        }

        @Override
        public Instruction get(int k) {
            Objects.checkIndex(k, size);
            return all.get(positions[lo + k]);
        }

        @Override
        public int size() {
            return size;
        }
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

    /**
     * The RUNs (in file order, as {@link #runs}) with a command that runs one of {@code programs}, as written
     * ({@link RunScript#commands}) or with its wrappers peeled off ({@link RunScript#unwrapped}). A rule that only
     * reports on commands of given programs walks these instead of every RUN: the file's commands are sorted by
     * program once, for all rules.
     */
    public List<RunScript> runsOf(String... programs) {
        return runsOf(Arrays.asList(programs));
    }

    /** {@link #runsOf(String...)} for a set of programs. */
    public List<RunScript> runsOf(Collection<String> programs) {
        Map<String, BitSet> index = byProgram();
        List<RunScript> all = runs();
        BitSet one = null;
        BitSet union = null;
        for (String p : programs) {
            BitSet b = index.get(p);
            if (b == null) {
                continue;
            }
            if (one == null) {
                one = b;
            } else {
                if (union == null) {
                    union = (BitSet) one.clone();
                }
                union.or(b);
            }
        }
        BitSet set = union != null ? union : one;
        if (set == null) {
            return List.of();
        }
        List<RunScript> out = new ArrayList<>(set.cardinality());
        for (int k = set.nextSetBit(0); k >= 0; k = set.nextSetBit(k + 1)) {
            out.add(all.get(k));
        }
        return out;
    }

    private Map<String, BitSet> byProgram() {
        if (byProgram == null) {
            List<RunScript> all = runs();
            Map<String, BitSet> index = new HashMap<>();
            for (int k = 0; k < all.size(); k++) {
                RunScript r = all.get(k);
                for (Command c : r.commands()) {
                    index.computeIfAbsent(c.program(), x -> new BitSet()).set(k);
                }
                for (Command c : r.unwrapped()) {
                    index.computeIfAbsent(c.program(), x -> new BitSet()).set(k);
                }
            }
            byProgram = index;
        }
        return byProgram;
    }

    /**
     * {@code f(key)}, computed once per key (by identity) for this file: what a rule needs again for each word of a
     * RUN (the names its script sets) is worked out once per RUN. {@code f} must be a constant of the caller (a
     * {@code static final} field): results are kept per function instance.
     */
    @SuppressWarnings("unchecked")
    public <K, V> V memo(Function<K, V> f, K key) {
        Map<Object, Object> m;
        synchronized (memos) {
            m = memos.computeIfAbsent(f, x -> new IdentityHashMap<>());
        }
        // each function's results under their own lock: a thread computing one function's answer holds up only
        // the threads asking the same function, not every rule that memoises something
        synchronized (m) {
            Object v = m.get(key);
            if (v == null) {
                v = f.apply(key);
                m.put(key, v);
            }
            return (V) v;
        }
    }

    public RunScript run(Instruction i) {
        RunScript r = byInstruction.get(i);
        return r != null ? r : ownScripts.computeIfAbsent(i, RunScript::of);
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
        return i.stage() < 0 || finalChain().contains(i.stage());
    }

    private Set<Integer> finalChain() {
        if (finalChain == null) {
            Set<Integer> chain = new HashSet<>();
            Stage s = df.finalStage();
            while (s != null && chain.add(s.index())) {
                Stage base = df.stage(s.image());
                s = base != null && base.index() < s.index() ? base : null;
            }
            finalChain = chain;
        }
        return finalChain;
    }

    /**
     * True when the build of the final image runs this stage: the final stage, the stages it is built FROM, and the
     * stages any of those copies from or mounts (transitively). A stage nothing reaches is built only with
     * {@code --target}, so cache advice about it is noise for the default build.
     */
    public boolean feedsFinal(Stage stage) {
        return stage == null || feeding().contains(stage.index());
    }

    private Set<Integer> feeding() {
        if (feeding == null) {
            Set<Integer> seen = new HashSet<>();
            ArrayDeque<Stage> todo = new ArrayDeque<>();
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
        return feeding;
    }

    /**
     * The stage {@code s} is built FROM, or null (an image, or a stage named later in the file). Indexed once: a chain
     * of stages each built FROM the one before would make every walk up it cost its length times a look-up.
     */
    public Stage baseOf(Stage s) {
        if (s == null) {
            return null;
        }
        Stage[] b = bases();
        return s.index() < b.length ? b[s.index()] : null;
    }

    private Stage[] bases() {
        if (bases == null) {
            List<Stage> stages = df.stages();
            Stage[] out = new Stage[stages.size()];
            for (Stage x : stages) {
                Stage base = df.stage(x.image());
                out[x.index()] = base != null && base.index() < x.index() ? base : null;
            }
            bases = out;
        }
        return bases;
    }

    /** The instruction's stage and the stages it is built FROM, nearest first (empty before the first FROM). */
    public List<Stage> lineage(Instruction i) {
        List<Stage> out = new ArrayList<>();
        // each base has a smaller index than the stage built on it, so the walk ends
        for (Stage s = stageOf(i); s != null; s = baseOf(s)) {
            out.add(s);
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
     * Whether an instruction {@link #before} {@code i} matches {@code p}. One pass over the file per predicate, then
     * a look-up per call: rules that ask this for every RUN stay linear in the file (scanning {@link #before} each
     * time was quadratic: minutes for 1 MB of short RUNs). {@code p} must be a constant of the caller, results are
     * kept per predicate instance.
     */
    public boolean anyBefore(Instruction i, Predicate<Instruction> p) {
        Stage own = stageOf(i);
        if (own == null) {
            return false;
        }
        Matches m = matches.get(p); // (a lambda here would be one more object per question: it captures this)
        if (m == null) {
            m = new Matches(p);
            matches.put(p, m);
        }
        return m.first[own.index()] < i.line() || m.inherited[own.index()];
    }

    /**
     * Whether an ARG or ENV {@link #before} {@code i} has {@code text} in its body: {@link #anyBefore} for a text the
     * rule names (a constant of the rule, such as an environment variable that turns a cache off), one pass over the
     * file per text, then a look-up per call.
     */
    public boolean declarationBefore(Instruction i, String text) {
        Stage own = stageOf(i);
        if (own == null) {
            return false;
        }
        Matches m = declarationMatches.get(text);
        if (m == null) {
            m = new Matches(x -> (x.is("ENV") || x.is("ARG")) && x.body().contains(text));
            declarationMatches.put(text, m);
        }
        return m.first[own.index()] < i.line() || m.inherited[own.index()];
    }

    /** Per predicate of {@link #anyBefore}: the line of each stage's first match, and whether a base stage has one. */
    private final class Matches {
        final int[] first;
        final boolean[] inherited;

        Matches(Predicate<Instruction> p) {
            List<Stage> stages = df.stages();
            first = new int[stages.size()];
            inherited = new boolean[stages.size()];
            for (Stage s : stages) {
                int line = Integer.MAX_VALUE;
                for (Instruction in : s.instructions()) {
                    if (p.test(in)) {
                        line = in.line();
                        break;
                    }
                }
                first[s.index()] = line;
                Stage base = baseOf(s); // a smaller index: already filled in
                inherited[s.index()] = base != null && (first[base.index()] != Integer.MAX_VALUE
                        || inherited[base.index()]);
            }
        }
    }

    /**
     * Whether an ARG or ENV before {@code i} declares {@code name}: in its own stage above it, or anywhere in the
     * stages it is built FROM (the names {@link #before} would hold). An index built once, and each stage's answer
     * for a name kept, so a rule asking this for every word stays linear.
     */
    public boolean declaredBefore(Instruction i, String name) {
        Stage own = stageOf(i);
        if (own == null) {
            return false;
        }
        List<Map<String, Integer>> declaredAt = declaredAt();
        Integer line = declaredAt.get(own.index()).get(name);
        if (line != null && line < i.line()) {
            return true;
        }
        // anywhere in the base stages: walk up until a stage whose answer is known, then note it on the way down
        // (per stage index, in an array: a chain of thousands of stages asks this for every RUN)
        byte[] known = inheritedDeclared.get(name);
        if (known == null) {
            known = new byte[declaredAt.size()];
            inheritedDeclared.put(name, known);
        }
        Stage first = baseOf(own);
        boolean found = false;
        Stage s = first;
        for (; s != null; s = baseOf(s)) {
            byte k = known[s.index()];
            if (k != UNKNOWN) {
                found = k == YES;
                break;
            }
            if (declaredAt.get(s.index()).containsKey(name)) {
                found = true;
                s = baseOf(s); // this stage is noted below with the others walked
                break;
            }
        }
        byte answer = found ? YES : NO;
        for (Stage w = first; w != s; w = baseOf(w)) {
            known[w.index()] = answer;
        }
        return found;
    }

    /** Per stage index: each name an ARG or ENV of the stage declares, and the line of its first declaration. */
    private List<Map<String, Integer>> declaredAt() {
        if (declaredAt == null) {
            List<Stage> stages = df.stages();
            List<Map<String, Integer>> all = new ArrayList<>(stages.size());
            for (Stage st : stages) {
                Map<String, Integer> first = null;
                for (Instruction x : st.instructions()) {
                    for (String n : x.declares()) {
                        if (first == null) {
                            first = new HashMap<>();
                        }
                        first.putIfAbsent(n, x.line());
                    }
                }
                all.add(first == null ? Map.of() : first); // most stages of a long chain declare nothing
            }
            declaredAt = all;
        }
        return declaredAt;
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
            if (tree && SOURCE_DIRS.contains(first.toLowerCase(Locale.ROOT))
                    || Rx.SOURCE_FILES.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Compiled on first use. */
    private static final class Rx {
        static final Pattern SOURCE_FILES = Pattern.compile(
                "\\*\\.(go|py|js|ts|rb|php|rs|java|kt|cs|ex|exs)");
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
