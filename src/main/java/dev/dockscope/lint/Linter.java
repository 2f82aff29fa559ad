package dev.dockscope.lint;

import dev.dockscope.lint.dockerfile.Dockerfile;
import dev.dockscope.lint.dockerfile.Instruction;
import dev.dockscope.lint.dockerfile.Pos;
import dev.dockscope.model.Redaction;
import dev.dockscope.model.text.Sanitizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToIntFunction;

/**
 * Runs every rule over one parsed Dockerfile and applies ignores (command line, config, inline pragmas, BuildKit
 * {@code check=skip}) and severity overrides. Findings come back sorted by line, column, rule.
 */
public final class Linter {
    /** Code frames show at most this many characters of a line (each line is sanitised and cut once). */
    static final int MAX_SNIPPET = 400;
    /** Findings kept per file; a file with more is reported with its first ones and a count of the rest. */
    public static final int MAX_FINDINGS_PER_FILE = 1000;
    /**
     * Files of at least this many characters are linted by the rules on up to {@link #MAX_THREADS} threads (one per
     * core): below it a thread's start and the second core's warm-up cost more than they save.
     */
    static final int PARALLEL_FROM_CHARS = 64 * 1024;
    static final int MAX_THREADS = 4;

    private final List<Rule> rules;
    private final List<RuleMeta> metas;

    public Linter(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.metas = rules.stream().map(Rule::meta).toList();
    }

    public List<Finding> lint(LintContext ctx, Collection<String> cliIgnores) {
        return lint(ctx, cliIgnores, threadsFor(ctx.df()));
    }

    /** How many threads the rules run on for this file: 1 below {@link #PARALLEL_FROM_CHARS}, else one per core. */
    static int threadsFor(Dockerfile df) {
        long chars = 0;
        for (String line : df.lines()) {
            chars += line.length() + 1;
            if (chars >= PARALLEL_FROM_CHARS) {
                return Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
            }
        }
        return 1;
    }

    /**
     * The findings with the rules run on {@code threads} threads: the same findings in the same order whatever the
     * count (each rule's findings are kept apart and joined in rule order).
     */
    List<Finding> lint(LintContext ctx, Collection<String> cliIgnores, int threads) {
        Dockerfile df = ctx.df();
        Config config = ctx.config();
        Set<String> ignored = new HashSet<>();
        for (String id : cliIgnores) {
            ignored.add(id.trim().toUpperCase(Locale.ROOT));
        }
        for (String id : config.ignore()) {
            ignored.add(id.trim().toUpperCase(Locale.ROOT));
        }
        Pragmas pragmas = new Pragmas(df, metas);
        int[] starts = new int[df.instructions().size()];
        int[] ends = new int[starts.length];
        for (int k = 0; k < starts.length; k++) {
            Instruction i = df.instructions().get(k);
            starts[k] = i.line();
            ends[k] = i.endLine();
        }
        // findings are kept raw (position, rule, message as the rule wrote it) until they are sorted and cut to
        // MAX_FINDINGS_PER_FILE: only the kept ones are sanitised, redacted and given a code frame
        List<Rule> active = new ArrayList<>();
        List<Severity> severities = new ArrayList<>();
        for (Rule rule : rules) {
            RuleMeta m = rule.meta();
            if (ignored.contains(m.id())) {
                continue;
            }
            Severity severity = severity(m, config);
            if (severity == null) {
                continue;
            }
            active.add(rule);
            severities.add(severity);
        }
        List<Collection<Merged>> perRule = new ArrayList<>(active.size());
        if (threads <= 1 || active.size() < 2) {
            for (int k = 0; k < active.size(); k++) {
                perRule.add(check(active.get(k), severities.get(k), ctx, pragmas, starts, ends));
            }
        } else {
            perRule.addAll(inParallel(active, severities, ctx, pragmas, starts, ends, threads));
        }
        List<Merged> all = new ArrayList<>();
        for (Collection<Merged> found : perRule) {
            all.addAll(found);
        }
        List<Merged> first = first(all, MAX_FINDINGS_PER_FILE);
        int kept = first.size();
        Map<Integer, String> snippets = new HashMap<>();
        List<Finding> out = new ArrayList<>(kept);
        for (int k = 0; k < kept; k++) {
            Merged x = first.get(k);
            String snippet = snippets.computeIfAbsent(x.pos.line(), n -> snippet(df.line(n)));
            out.add(x.finding(df.path(), snippet));
        }
        if (all.size() > MAX_FINDINGS_PER_FILE) {
            int rest = all.size() - MAX_FINDINGS_PER_FILE;
            Finding last = out.remove(out.size() - 1);
            out.add(withMessage(last, last.message() + " [" + (rest + 1) + " further findings in " + df.path()
                    + " not listed: at most " + MAX_FINDINGS_PER_FILE + " per file]"));
        }
        return out;
    }

    /** Findings in the order they are reported: by line, column, rule; the order found where those are equal. */
    private static final Comparator<Merged> ORDER = (a, b) -> {
        int c = Integer.compare(a.pos.line(), b.pos.line());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.pos.column(), b.pos.column());
        return c != 0 ? c : a.meta.id().compareTo(b.meta.id());
    };

    private static List<Merged> first(List<Merged> all, int limit) {
        return first(all, limit, x -> x.pos.line(), ORDER);
    }

    /**
     * The first {@code limit} of {@code all} in {@code order}, which compares {@code line} first: a stable sort's
     * first {@code limit}, equal items in the order given. Past the limit, the items are put in line order by
     * counting (lines are numbers below the file's line count), and only the lines that hold the first {@code limit}
     * are sorted further: a 1 MB file of short instructions can have 100,000 raw findings, of which 1,000 are kept.
     */
    static <T> List<T> first(List<T> all, int limit, ToIntFunction<T> line, Comparator<? super T> order) {
        int n = all.size();
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (T x : all) {
            min = Math.min(min, line.applyAsInt(x));
            max = Math.max(max, line.applyAsInt(x));
        }
        if (n <= limit || (long) max - min > 4L * n + 1024) {
            all.sort(order);
            return n <= limit ? all : all.subList(0, limit);
        }
        int range = max - min + 1;
        int[] start = new int[range + 1];
        for (T x : all) {
            start[line.applyAsInt(x) - min + 1]++;
        }
        for (int l = 0; l < range; l++) {
            start[l + 1] += start[l];
        }
        int[] fill = Arrays.copyOf(start, range);
        @SuppressWarnings("unchecked")
        T[] byLine = (T[]) new Object[n];
        for (T x : all) { // in the order given: equal items stay in it
            byLine[fill[line.applyAsInt(x) - min]++] = x;
        }
        List<T> out = new ArrayList<>(limit);
        for (int l = 0; l < range && out.size() < limit; l++) {
            int from = start[l];
            int to = start[l + 1];
            if (to - from > 1) {
                Arrays.sort(byLine, from, to, order); // stable: the same line, by the rest of the order
            }
            for (int k = from; k < to && out.size() < limit; k++) {
                out.add(byLine[k]);
            }
        }
        return out;
    }

    /** One rule's findings, raw: one per instruction, further ones counted and named in its message. */
    /**
     * {@code -Ddockscope.lint.timings=true}: one stderr line per rule run ("timing THREAD RULE MILLISECONDS"), to see
     * which thread ran which rule and for how long (bench/README.md); off by default.
     */
    private static final boolean TIMINGS = Boolean.getBoolean("dockscope.lint.timings");

    private static Collection<Merged> check(Rule rule, Severity severity, LintContext ctx, Pragmas pragmas,
                                            int[] starts, int[] ends) {
        RuleMeta m = rule.meta();
        Map<Integer, Merged> perInstruction = new LinkedHashMap<>();
        Reporter r = new Reporter() {
            @Override
            public void report(Pos pos, String message) {
                report(pos, message, m.fix());
            }

            @Override
            public void report(Pos pos, String message, String fix) {
                int anchor = instructionStart(starts, ends, pos.line());
                Merged seen = perInstruction.get(anchor);
                if (seen != null) {
                    seen.more(message);
                    return;
                }
                if (!pragmas.ignored(m.id(), anchor)) {
                    perInstruction.put(anchor, new Merged(m, severity, pos, message, fix));
                }
            }
        };
        long t0 = System.nanoTime();
        rule.check(ctx, r);
        if (TIMINGS) {
            System.err.printf(Locale.ROOT, "timing %s %s %.2f%n", Thread.currentThread().getName(), m.id(),
                    (System.nanoTime() - t0) / 1e6);
        }
        return perInstruction.values();
    }

    /**
     * The rules on {@code threads} threads (this one and helpers), each taking the next rule not yet taken, each with
     * its own {@link LintContext#fork} of the prepared context; each rule's findings land in its own slot, so the
     * result is in rule order whichever thread ran what. An exception or error of a rule is thrown here.
     */
    private static List<Collection<Merged>> inParallel(List<Rule> active, List<Severity> severities, LintContext ctx,
                                                       Pragmas pragmas, int[] starts, int[] ends, int threads) {
        ctx.prepare();
        int n = active.size();
        @SuppressWarnings("unchecked")
        Collection<Merged>[] slots = new Collection[n];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Runnable work = () -> {
            LintContext own = ctx.fork();
            try {
                for (int k = next.getAndIncrement(); k < n && failed.get() == null; k = next.getAndIncrement()) {
                    slots[k] = check(active.get(k), severities.get(k), own, pragmas, starts, ends);
                }
            } catch (Throwable t) { // handed to the calling thread, which throws it
                failed.compareAndSet(null, t);
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int t = 1; t < threads; t++) {
            helpers.add(HelperThreads.start("dockscope-lint-" + t, work));
        }
        work.run();
        HelperThreads.joinAll(helpers);
        HelperThreads.rethrow(failed.get());
        return Arrays.asList(slots);
    }

    /** A line as code frames show it: sanitised, and cut to {@link #MAX_SNIPPET} characters. */
    static String snippet(String line) {
        String cut = line.length() > MAX_SNIPPET ? line.substring(0, MAX_SNIPPET) + "…" : line;
        return Redaction.line(Sanitizer.line(cut));
    }

    /**
     * A rule's message as shown: sanitised, secrets redacted, cut (a rule may quote a whole long line). Redacted as
     * prose, not as a Dockerfile line: a message that begins "ENV DB_PASSWORD ..." names the variable and says what
     * the rule found; only quoted values (assignments, URL user-info) are hidden.
     */
    static String shown(String message) {
        String cut = message.length() > MAX_SNIPPET ? message.substring(0, MAX_SNIPPET) + "…" : message;
        return Redaction.text(Sanitizer.line(cut));
    }

    private static Finding withMessage(Finding f, String message) {
        return new Finding(f.file(), f.line(), f.column(), f.rule(), f.severity(), f.title(), message, f.fix(),
                f.concept(), f.sourceLine());
    }

    /**
     * The first finding of a rule on one instruction, and what the rule said about the rest of it. The message is
     * sanitised and redacted when first needed (a further finding compares against it, or the finding is kept).
     */
    private static final class Merged {
        private static final int LISTED = 3;
        /** Distinct messages looked at for the list, at most (each costs a sanitise and redaction). */
        private static final int MAX_TRIED = 100;
        final RuleMeta meta;
        final Pos pos;
        private final Severity severity;
        private final String message;
        private final String fix;
        private String shownMessage;
        private List<String> others;
        private Set<String> tried;
        private int more;

        Merged(RuleMeta meta, Severity severity, Pos pos, String message, String fix) {
            this.meta = meta;
            this.severity = severity;
            this.pos = pos;
            this.message = message;
            this.fix = fix;
        }

        private String shownMessage() {
            if (shownMessage == null) {
                shownMessage = shown(message);
            }
            return shownMessage;
        }

        void more(String message) {
            more++;
            // the first few different messages are listed, the rest only counted: a long line of tokens draws one
            // message per token, often the same text, and each distinct text is sanitised and redacted once
            if (others == null) {
                others = new ArrayList<>();
                tried = new HashSet<>();
            }
            if (others.size() >= LISTED || tried.size() >= MAX_TRIED) {
                return;
            }
            String cut = message.length() > 120 ? message.substring(0, 120) + "…" : message;
            if (!tried.add(cut)) {
                return;
            }
            String shown = Linter.shown(cut);
            if (others.size() < LISTED && !shown.equals(shownMessage()) && !others.contains(shown)) {
                others.add(shown);
            }
        }

        Finding finding(String file, String snippet) {
            Finding first = new Finding(file, pos.line(), pos.column(), meta.id(), severity, meta.title(),
                    shownMessage(), fix, meta.concept(), snippet);
            if (more == 0) {
                return first;
            }
            StringBuilder b = new StringBuilder(first.message());
            b.append(" (and ").append(more).append(" more").append(" in this instruction");
            if (!others.isEmpty()) {
                b.append(": ").append(String.join("; ", others));
                if (more > others.size()) {
                    b.append("; …");
                }
            }
            b.append(')');
            return withMessage(first, Sanitizer.line(b.toString()));
        }
    }

    /** The effective severity, or null when the config turns the rule off. */
    static Severity severity(RuleMeta m, Config config) {
        String s = config.severity().get(m.id());
        if (s == null) {
            return m.severity();
        }
        try {
            return Severity.parseSetting(s).orElse(null);
        } catch (IllegalArgumentException e) {
            return m.severity();
        }
    }

    /** The first line of the instruction that contains {@code line} (or {@code line} itself). */
    private static int instructionStart(int[] starts, int[] ends, int line) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] > line) {
                hi = mid - 1;
            } else if (ends[mid] < line) {
                lo = mid + 1;
            } else {
                return starts[mid];
            }
        }
        return line;
    }
}
